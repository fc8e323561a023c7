import type { OktaUserProfile } from "./okta-user";

/** `data.context.protocol.request` (docs/okta-token-hook.md §2.2): the OAuth parameters Okta echoes. */
export type ProtocolRequest = Partial<
  Record<"scope" | "state" | "redirect_uri" | "response_mode" | "response_type" | "client_id" | "grant_type", string>
>;

/**
 * Everything Okta knows when it mints tokens. An authorization server's real flow reads it from
 * its token request; the Preview pages make one up (simulated-mint-context.ts). Both then go
 * through the same claim and request builders.
 */
export type MintContext = {
  /** `http://localhost:<port>/oauth2/default` */
  issuer: string;
  /** `http://localhost:<port>`: the org URL in user `_links`. */
  orgUrl: string;
  now: Date;
  /** The request that triggered minting, as Okta reports it in `source` and `context.request`. */
  trigger: { endpoint: "authorize" | "token"; requestId: string; method: string; url: string; ipAddress: string };
  protocolRequest: ProtocolRequest;
  /** docs/okta-token-hook.md §2.2: only on the refresh grant, the original request and the refresh token id. */
  originalGrant?: { authorization: ProtocolRequest; refreshTokenJti: string };
  client: { id: string; name: string; type: "CONFIDENTIAL" | "PUBLIC" };
  /** The signed-in user; absent for client credentials, where the client acts for itself (§1). */
  user?: OktaUserProfile;
  /** The Okta session; absent when it has ended (a refresh after sign-out). */
  session?: { id: string; createdAt: Date; expiresAt: Date; lastPasswordVerification: Date };
  policy: { id: string; rule: { id: string } };
  /** Scopes granted to these tokens. */
  scopes: string[];
  /** Present when an ID token is minted (the `openid` scope was granted). */
  idToken?: { nonce?: string };
  /** Unix seconds of the password check that started the session; absent without a user. */
  authTime?: number;
  /** Claims of the authorization server's custom claim definitions, per token (added after Okta's own). */
  customClaims?: { identity: Record<string, unknown>; access: Record<string, unknown> };
  /** docs/okta-token-hook.md §2.5: the id of the refresh token issued with these tokens, if any. */
  refreshTokenJti?: string;
  lifetimes: { identity: number; access: number };
};

// docs/okta-token-hook.md §2.2, §4.2: the ID token lives 60 minutes (not configurable in Okta), and the access
// token's default lifetime in the default policy rule is one hour.
export const ID_TOKEN_LIFETIME_SECONDS = 3600;
export const ACCESS_TOKEN_LIFETIME_SECONDS = 3600;
