import { ACCESS_TOKEN_LIFETIME_SECONDS, ID_TOKEN_LIFETIME_SECONDS, type MintContext } from "./mint-context";
import { newRequestId, sessionIdFor, stableOktaId } from "./okta-ids";
import type { OktaUserProfile } from "./okta-user";

export type PreviewClient = { id: string; name: string; redirectUri: string };
export type PreviewChoice = { user: OktaUserProfile; client: PreviewClient; scopes: string[]; grantType: "authorization_code" | "refresh_token" };

/**
 * A made-up but realistic minting context for the Preview page. Like Okta's Admin Console
 * preview, it "can contain placeholder values" (docs/okta-token-hook.md §4.6): the state, nonce and session.
 */
export function previewMintContext(
  choice: PreviewChoice,
  org: { issuer: string; orgUrl: string; policy: MintContext["policy"] },
): MintContext {
  const { user, client, scopes, grantType } = choice;
  const now = new Date();
  const scope = scopes.join(" ");
  const authorization = {
    scope,
    state: "preview-state",
    redirect_uri: client.redirectUri,
    response_mode: "query",
    response_type: "code",
    client_id: client.id,
  };
  const authorizeUrl = new URL(`${org.issuer}/v1/authorize`);
  for (const [name, value] of Object.entries({ ...authorization, nonce: "preview-nonce" })) {
    if (name !== "response_mode") authorizeUrl.searchParams.set(name, value);
  }
  const refreshTokenJti = scopes.includes("offline_access") ? stableOktaId("oar", `preview:${user.id}`) : undefined;
  const isRefresh = grantType === "refresh_token";
  return {
    issuer: org.issuer,
    orgUrl: org.orgUrl,
    now,
    trigger: isRefresh
      ? { endpoint: "token", requestId: newRequestId(), method: "POST", url: `${org.issuer}/v1/token`, ipAddress: "127.0.0.1" }
      : { endpoint: "authorize", requestId: newRequestId(), method: "GET", url: authorizeUrl.href, ipAddress: "127.0.0.1" },
    protocolRequest: isRefresh ? { client_id: client.id, grant_type: "refresh_token", scope } : authorization,
    ...(isRefresh ? { originalGrant: { authorization, refreshTokenJti: refreshTokenJti ?? stableOktaId("oar", "preview") } } : {}),
    client: { id: client.id, name: client.name, type: "CONFIDENTIAL" },
    user,
    session: {
      id: sessionIdFor(`preview:${user.id}`),
      createdAt: new Date(now.getTime() - 5 * 60_000),
      expiresAt: new Date(now.getTime() + 2 * 3600_000),
      lastPasswordVerification: new Date(now.getTime() - 5 * 60_000),
    },
    policy: org.policy,
    scopes,
    ...(scopes.includes("openid") ? { idToken: isRefresh ? {} : { nonce: "preview-nonce" } } : {}),
    authTime: Math.floor(now.getTime() / 1000) - 300,
    ...(refreshTokenJti || isRefresh ? { refreshTokenJti: refreshTokenJti ?? stableOktaId("oar", "preview") } : {}),
    lifetimes: { identity: ID_TOKEN_LIFETIME_SECONDS, access: ACCESS_TOKEN_LIFETIME_SECONDS },
  };
}
