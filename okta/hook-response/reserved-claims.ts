import type { TokenKind } from "../hook-request/request-schema";

// docs/okta-token-hook.md §3.3: Okta's dev docs and support article disagree on which token type 11
// of these claims are reserved in. Decision: reserve the union of both lists in BOTH token types,
// as docs/okta-token-hook.md §3.3 decides: a hook that passes here cannot be rejected by either reading.
// `cnf` is always reserved: Okta refuses it when the client uses DPoP, which the hook
// cannot see.
const RESERVED_CLAIMS: ReadonlySet<string> = new Set([
  "acr", "active", "aid", "amr", "app_id", "app_type", "as_uri", "at_hash", "aud", "auth_time",
  "authorization_details", "c_hash", "cid", "client_id", "client_ip", "client_req_id", "client_type",
  "client_user_agent", "cnf", "device_compliance", "device_id", "device_known", "device_managed",
  "device_name", "device_trust", "did", "dst", "exp", "group", "groups", "hotk", "iat", "idp",
  "idp_iss", "iss", "jti", "mac_key", "may_act", "nonce", "oid", "okta_emailVerified",
  "okta_lastUpdated", "orig", "permissions", "purpose", "pwd_exp_days", "pwd_exp_time", "rid", "role",
  "rpt", "rsi", "scope", "scopes", "scp", "sid", "sub", "term", "token_type", "uid", "user_ip",
  "username", "ver",
]);

// docs/okta-token-hook.md §3.2: aud and sub are listed as reserved but can be modified in access tokens.
const MODIFIABLE_IN_ACCESS_TOKENS: ReadonlySet<string> = new Set(["aud", "sub"]);

/** True when Okta refuses add/replace/remove of this top-level claim in this token type. */
export function isReservedClaim(name: string, token: TokenKind): boolean {
  if (token === "access" && MODIFIABLE_IN_ACCESS_TOKENS.has(name)) return false;
  return RESERVED_CLAIMS.has(name);
}
