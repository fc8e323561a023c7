import type { TokenHookRequest } from "@/okta/hook-request/request-schema";
import { buildTokenHookRequest } from "@/okta/simulation/build-hook-request";
import { draftOktaTokens } from "@/okta/simulation/draft-tokens";
import { stableOktaId } from "@/okta/simulation/okta-ids";
import { previewMintContext, type PreviewChoice } from "@/okta/simulation/simulated-mint-context";
import type { OktaUserProfile } from "@/okta/simulation/okta-user";
import { MINTED_TOKENS, type MintedTokens } from "@/lib/admin/tester/tester-input";

/** Where the simulated request claims to come from: the Okta org and the app's OIDC client. */
export type PreviewOrg = { issuer: string; client: { id: string; name: string; redirectUri: string } };

export type PreviewRequestOptions = {
  login: string;
  tokens: MintedTokens;
  scopes: string[];
  grantType: PreviewChoice["grantType"];
};

/**
 * Any login, not only the local Okta's users: the hook knows users by login alone, so the rest of
 * the profile is a placeholder, as in Okta's own Preview tab (docs/okta-token-hook.md §4.6). The id is stable
 * per login so repeated previews read the same.
 */
function placeholderUser(login: string): OktaUserProfile {
  return {
    id: stableOktaId("00u", `preview:${login.toLowerCase()}`),
    login,
    firstName: "Preview",
    lastName: "User",
    email: login,
    locale: "en_US",
    timeZone: "UTC",
    passwordChanged: "2024-01-01T00:00:00.000Z",
    groups: ["Everyone"],
  };
}

/**
 * The request Okta would send for this login, built by the Okta module's simulation (the same
 * builders the local Okta's token endpoint and Preview page use), so the two never drift apart.
 */
export async function buildPreviewRequest(options: PreviewRequestOptions, org: PreviewOrg): Promise<TokenHookRequest> {
  const policy = { id: stableOktaId("00p", "preview-policy"), rule: { id: stableOktaId("0pr", "preview-rule") } };
  const mint = previewMintContext(
    { user: placeholderUser(options.login), client: org.client, scopes: options.scopes, grantType: options.grantType },
    { issuer: org.issuer, orgUrl: new URL(org.issuer).origin, policy },
  );
  const request = buildTokenHookRequest(mint, draftOktaTokens(mint));
  // The local Okta always mints an access token and mints an ID token with openid; Okta's
  // implicit flow can mint either alone (response_type id_token / token), so leave out the other.
  const minted = MINTED_TOKENS[options.tokens];
  const { context, identity, access, refresh_token } = request.data;
  return {
    ...request,
    data: {
      context,
      ...(minted.id && identity ? { identity } : {}),
      ...(minted.access ? { access } : {}),
      ...(refresh_token ? { refresh_token } : {}),
    },
  };
}
