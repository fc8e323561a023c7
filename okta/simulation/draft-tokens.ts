import { newTokenJti, LOCAL_ORG_ID } from "./okta-ids";
import { displayName, type OktaUserProfile } from "./okta-user";
import type { MintContext } from "./mint-context";

/** A token before signing: its claims without `iat`/`exp` (Okta sends none), and its lifetime. */
export type TokenDraft = { claims: Record<string, unknown>; lifetimeSeconds: number };
export type TokenDrafts = { identity?: TokenDraft; access: TokenDraft };

/** The audience of every access token from the `default` authorization server. */
export const ACCESS_TOKEN_AUDIENCE = "api://default";

/**
 * The ID token's claims as Okta builds them, in the order of Okta's sample (docs/okta-token-hook.md §2.3):
 * base claims always, `name`/`preferred_username` with `profile`, `email` with `email`, then the
 * server's custom claims (such as `groups`). `at_hash` is added when the access token is signed.
 */
function idTokenClaims(mint: MintContext, user: OktaUserProfile, nonce: string | undefined): Record<string, unknown> {
  const has = (scope: string) => mint.scopes.includes(scope);
  return {
    sub: user.id,
    ...(has("profile") ? { name: displayName(user) } : {}),
    ...(has("email") ? { email: user.email } : {}),
    ver: 1,
    iss: mint.issuer,
    aud: mint.client.id,
    jti: newTokenJti("ID."),
    amr: ["pwd"],
    idp: LOCAL_ORG_ID,
    ...(nonce !== undefined ? { nonce } : {}),
    ...(has("profile") ? { preferred_username: user.login } : {}),
    ...(mint.authTime !== undefined ? { auth_time: mint.authTime } : {}),
    ...mint.customClaims?.identity,
  };
}

/**
 * The access token's claims as Okta shows them to the hook (docs/okta-token-hook.md §2.4): `sub` is the
 * login. `scp` is left out like in every Okta sample (the hook gets `access.scopes` instead) and
 * added back when the token is signed.
 */
function accessTokenClaims(mint: MintContext): Record<string, unknown> {
  return {
    ver: 1,
    jti: newTokenJti("AT."),
    iss: mint.issuer,
    aud: ACCESS_TOKEN_AUDIENCE,
    cid: mint.client.id,
    // Client credentials: no user, and the subject is the client itself.
    ...(mint.user ? { uid: mint.user.id, sub: mint.user.login } : { sub: mint.client.id }),
    ...(mint.authTime !== undefined ? { auth_time: mint.authTime } : {}),
    ...mint.customClaims?.access,
  };
}

/** The tokens Okta is about to mint, before the hook sees them. */
export function draftOktaTokens(mint: MintContext): TokenDrafts {
  return {
    ...(mint.idToken && mint.user
      ? { identity: { claims: idTokenClaims(mint, mint.user, mint.idToken.nonce), lifetimeSeconds: mint.lifetimes.identity } }
      : {}),
    access: { claims: accessTokenClaims(mint), lifetimeSeconds: mint.lifetimes.access },
  };
}
