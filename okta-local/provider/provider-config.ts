import type { AdapterFactory, Configuration, KoaContextWithOIDC } from "oidc-provider";
import { ACCESS_TOKEN_AUDIENCE } from "@/okta/simulation/draft-tokens";
import { userInfoClaims } from "./userinfo-claims";
import { ACCESS_TOKEN_LIFETIME_SECONDS } from "@/okta/simulation/mint-context";
import { renderLogoutPages, renderProviderError } from "../pages/provider-pages";
import type { LocalKeys } from "../store/keys";
import type { UserDirectory } from "../users";
import type { createOktaTokenMinting } from "./okta-token-minting";
import { grantRequestedScopes } from "./grant-requested-scopes";
import { shouldIssueRefreshToken } from "./read-mint-context";
import { findActiveApp, withAppClients } from "../apps/app-clients";
import type { StateStore } from "../store/state-types";
import { assertScopesDefined } from "./check-scopes";
import { findDefaultServer } from "../store/state-store";

/** Okta's reserved scopes (docs/okta-token-hook.md §2.4 `access.scopes`; OIDC reference). */
export const OKTA_SCOPES = ["openid", "profile", "email", "address", "phone", "offline_access", "groups"];

export type ProviderConfigInput = {
  keys: LocalKeys;
  state: StateStore;
  adapter: AdapterFactory;
  users: UserDirectory;
  minting: Pick<ReturnType<typeof createOktaTokenMinting>, "customizeAccessToken" | "idTokenTtl">;
};

/** Okta-shaped oidc-provider settings: Okta's paths, scopes, lifetimes and JWT access tokens. */
export function buildProviderConfiguration(input: ProviderConfigInput): Configuration {
  const { users, state } = input;
  return {
    // Clients are the ACTIVE apps of the Apps API, read through the adapter (apps/app-clients.ts).
    adapter: withAppClients(state, input.adapter),
    clients: [],
    routes: {
      authorization: "/v1/authorize",
      pushed_authorization_request: "/v1/par",
      token: "/v1/token",
      jwks: "/v1/keys",
      userinfo: "/v1/userinfo",
      end_session: "/v1/logout",
      introspection: "/v1/introspect",
      revocation: "/v1/revoke",
    },
    // oidc-provider's static scopes (its claims mapping); the server's scopes are those of its
    // Scopes API, which discovery lists (provider/discovery.ts) and requests are checked against.
    scopes: OKTA_SCOPES,
    // Okta refuses an authorize request naming a scope the server does not define (oidc-provider
    // would pass it on): checked with the request's other parameters, so the error goes back to
    // the client's redirect URI. `idp` is Okta's own authorize parameter, declared so the check runs.
    extraParams: { idp: (ctx) => assertScopesDefined(findDefaultServer(state), ctx.oidc.params?.scope) },
    // Only drives discovery's claims_supported (Okta's list): the token claims come from
    // hook/okta-claims.ts and userinfo from provider/userinfo.ts.
    claims: {
      openid: ["sub", "ver", "iss", "aud", "iat", "exp", "jti", "amr", "idp", "nonce", "at_hash"],
      profile: ["name", "family_name", "given_name", "locale", "preferred_username", "zoneinfo", "updated_at"],
      email: ["email", "email_verified"],
      groups: ["groups"],
    },
    findAccount(_ctx, id) {
      const user = users.findById(id);
      return user && { accountId: user.id, claims: (_use, scope) => userInfoClaims(user, scope.split(" ")) };
    },
    jwks: { keys: input.keys.signing },
    cookies: { keys: input.keys.cookies },
    responseTypes: ["code"],
    interactions: { url: (_ctx, interaction) => `/login/${interaction.uid}` },
    // Okta's own apps need no consent: the grant always covers the requested scopes.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      const accountId = oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
      const scope = [...oidc.requestParamScopes].join(" ");
      return grantRequestedScopes(oidc.provider, { grantId, accountId, clientId, scope });
    },
    issueRefreshToken: async (_ctx, client, code) => shouldIssueRefreshToken(client, code.scopes),
    // Okta's default for web apps: the refresh token stays the same (no rotation).
    rotateRefreshToken: false,
    // Okta requires PKCE of public clients, and of web apps whose `pkce_required` is set.
    pkce: {
      required: (_ctx, client) => client.clientAuthMethod === "none" || Boolean(findActiveApp(state, client.clientId)?.settings.oauthClient.pkce_required),
    },
    features: {
      devInteractions: { enabled: false },
      // Service apps: a confidential client acting for itself (provider/read-client-credentials.ts).
      clientCredentials: { enabled: true },
      // Sender-constrained tokens would need their cnf claim kept through the hook patch; not emulated.
      dPoP: { enabled: false },
      // A client may introspect and revoke the tokens issued to it, as at Okta.
      introspection: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, ...renderLogoutPages },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ACCESS_TOKEN_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: (findDefaultServer(state)?.scopes ?? []).map((scope) => scope.name).join(" "),
          audience: ACCESS_TOKEN_AUDIENCE,
          accessTokenTTL: ACCESS_TOKEN_LIFETIME_SECONDS,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    formats: { customizers: { jwt: input.minting.customizeAccessToken } },
    ttl: {
      AccessToken: ACCESS_TOKEN_LIFETIME_SECONDS,
      ClientCredentials: ACCESS_TOKEN_LIFETIME_SECONDS,
      IdToken: (ctx) => input.minting.idTokenTtl(ctx),
      AuthorizationCode: 300,
      RefreshToken: 90 * 24 * 3600,
      Grant: 90 * 24 * 3600,
      Interaction: 3600,
      // Okta's default session lifetime is two hours.
      Session: 2 * 3600,
    },
    renderError: renderProviderError,
  };
}
