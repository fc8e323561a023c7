import { errors, type Client, type KoaContextWithOIDC } from "oidc-provider";
import { ID_TOKEN_LIFETIME_SECONDS, type MintContext, type ProtocolRequest } from "@/okta/simulation/mint-context";
import { newRequestId, sessionIdFor } from "@/okta/simulation/okta-ids";
import type { UserDirectory } from "../users";
import { clientIp, oktaRefreshIdFor, type AuthorizeRecords } from "./authorize-records";
import { assertScopesDefined } from "./check-scopes";
import { evaluateClaims } from "./evaluate-claims";
import { accessLifetime, matchRuleOrRefuse, readClientCredentialsContext } from "./read-client-credentials";
import { findDefaultServer } from "../store/state-store";
import type { StateStore } from "../store/state-types";

export type ReadDeps = { issuer: string; orgUrl: string; users: UserDirectory; state: StateStore; records: AuthorizeRecords };

/** The one rule for issuing refresh tokens, shared with the provider configuration (Okta: offline_access). */
export const shouldIssueRefreshToken = (client: Client, scopes: Set<string>): boolean =>
  client.grantTypeAllowed("refresh_token") && scopes.has("offline_access");

export const clientType = (client: Client): "PUBLIC" | "CONFIDENTIAL" => (client.clientAuthMethod === "none" ? "PUBLIC" : "CONFIDENTIAL");

/**
 * What Okta would know at this token request, read from oidc-provider's entities. Called while
 * the access token is being formatted, when the client, account, grant source (code or refresh
 * token) and access token are all resolved.
 */
export async function readMintContext(ctx: KoaContextWithOIDC, deps: ReadDeps): Promise<MintContext> {
  const { entities, params } = ctx.oidc;
  if (entities.Client && entities.ClientCredentials) return readClientCredentialsContext(ctx, deps);
  const { Client: client, AccessToken: accessToken, AuthorizationCode: code } = entities;
  const source = code ?? entities.RefreshToken;
  if (!client || !accessToken || !source) throw new Error("the local Okta mints tokens only for the code, refresh and client credentials grants");
  const user = source.accountId ? deps.users.findById(source.accountId) : undefined;
  // A user deactivated or deleted since: the grant is no longer good (Okta's invalid_grant).
  if (!user) throw new errors.InvalidGrant(code ? "The authorization code is invalid or has expired." : "The refresh token is invalid or expired.");

  const defaultServer = findDefaultServer(deps.state);
  // A refresh may name its scopes again: each must still be defined (Okta: invalid_scope).
  if (!code) assertScopesDefined(defaultServer, params?.scope);
  const scopes = (accessToken.scope ?? "").split(" ").filter(Boolean);
  // A refresh is matched as the code grant that started it (inferred).
  const matched = matchRuleOrRefuse(defaultServer, { clientId: client.clientId, grantType: "authorization_code", scopes, user });
  const session = source.sessionUid ? await ctx.oidc.provider.Session.findByUid(source.sessionUid) : undefined;
  const loginTs = session?.loginTs ?? source.authTime;
  const fallbackAuthorize: ProtocolRequest = {
    scope: source.scope,
    redirect_uri: code?.redirectUri,
    response_mode: "query",
    response_type: "code",
    client_id: client.clientId,
  };
  const common = {
    issuer: deps.issuer,
    orgUrl: deps.orgUrl,
    now: new Date(),
    client: { id: client.clientId, name: String(client.clientName ?? client.clientId), type: clientType(client) },
    user,
    ...(session && loginTs !== undefined
      ? {
          session: {
            id: sessionIdFor(session.uid),
            createdAt: new Date(loginTs * 1000),
            expiresAt: new Date(session.exp * 1000),
            lastPasswordVerification: new Date(loginTs * 1000),
          },
        }
      : {}),
    policy: { id: matched.policy.id, rule: { id: matched.rule.id } },
    scopes,
    customClaims: evaluateClaims(defaultServer?.claims ?? [], { user, clientId: client.clientId, scopes }),
    authTime: source.authTime ?? loginTs ?? Math.floor(Date.now() / 1000),
    lifetimes: { identity: ID_TOKEN_LIFETIME_SECONDS, access: accessLifetime(matched) },
  };

  if (code) {
    // docs/okta-token-hook.md §1: for the code flow Okta calls at /v1/authorize and reports that request.
    const authorize = deps.records.forCode(code.jti);
    return {
      ...common,
      trigger: authorize
        ? { endpoint: "authorize", ...authorize }
        : { endpoint: "authorize", requestId: newRequestId(), method: "GET", url: `${deps.issuer}/v1/authorize`, ipAddress: clientIp(ctx.ip) },
      protocolRequest: authorize?.protocolRequest ?? fallbackAuthorize,
      ...(scopes.includes("openid") ? { idToken: { ...(code.nonce !== undefined ? { nonce: code.nonce } : {}) } } : {}),
      ...(shouldIssueRefreshToken(client, code.scopes) ? { refreshTokenJti: oktaRefreshIdFor(code.jti) } : {}),
    };
  }

  const record = deps.records.forRefreshToken(source.jti);
  const refreshTokenJti = record?.oktaRefreshId ?? oktaRefreshIdFor(source.jti);
  const requestedScope = typeof params?.scope === "string" ? params.scope : source.scope;
  return {
    ...common,
    // docs/okta-token-hook.md §1, §2.2: the refresh grant calls the hook at /v1/token (a POST with a form body).
    trigger: { endpoint: "token", requestId: newRequestId(), method: ctx.method, url: `${deps.issuer}/v1/token`, ipAddress: clientIp(ctx.ip) },
    protocolRequest: { client_id: client.clientId, grant_type: "refresh_token", scope: requestedScope },
    originalGrant: { authorization: record?.authorize?.protocolRequest ?? fallbackAuthorize, refreshTokenJti },
    // No nonce: a refreshed ID token answers no authorization request (Okta's behaviour unconfirmed).
    ...(scopes.includes("openid") ? { idToken: {} } : {}),
    // Refresh tokens are not rotated (Okta's default for web apps), so the same one comes back.
    refreshTokenJti,
  };
}
