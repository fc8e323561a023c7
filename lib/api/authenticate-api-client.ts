import type { JWTPayload } from "jose";
import { log } from "@/lib/common/log";
import { verifyBearerJwt, type BearerResult, type BearerVerification } from "@/lib/hook/verify-bearer-jwt";

/** The directory API's scopes, as granted by the organisation's Okta authorization server. */
export const API_SCOPES = { read: "patients.read", write: "patients.write" } as const;
export type ApiScope = (typeof API_SCOPES)[keyof typeof API_SCOPES];

/** A service app calling with a valid access token: its OAuth client ID and granted scopes. */
export type ApiClient = { clientId: string; scopes: string[] };

export type ApiAuthResult =
  | { ok: true; client: ApiClient }
  | { ok: false; status: 401; reason: string }
  | { ok: false; status: 403; reason: string; scope: ApiScope };

type BearerReason = Extract<BearerResult, { valid: false }>["reason"];

const REASONS: Record<BearerReason | "no_token" | "no_client" | "not_configured", string> = {
  no_token: "Send an OAuth 2.0 access token: Authorization: Bearer <token>.",
  not_configured: "The API accepts no tokens: API_OAUTH_ISSUER (or AUTH_OKTA_ISSUER) is not set.",
  token_expired: "The access token has expired (or is not valid yet).",
  token_wrong_issuer: "The access token is from another issuer.",
  token_wrong_audience: "The access token is for another audience.",
  token_bad_signature: "The access token's signature is not valid.",
  token_malformed: "The access token is not a well-formed JWT.",
  token_keys_unavailable: "The issuer's signing keys could not be fetched; try again shortly.",
  no_client: "The access token names no client (cid).",
};

// Far above any real access token; stops parsing megabytes sent by an attacker.
const MAX_TOKEN_LENGTH = 8192;

/** Okta access tokens carry the scopes as an array in `scp`; RFC 9068 tokens as a string in `scope`. */
function grantedScopes(claims: JWTPayload): string[] {
  if (Array.isArray(claims.scp)) return claims.scp.filter((scope): scope is string => typeof scope === "string");
  if (typeof claims.scope === "string") return claims.scope.split(" ").filter(Boolean);
  return [];
}

/** Okta puts the OAuth client ID in `cid` (for client credentials `sub` is the same); RFC 9068 in `client_id`. */
function clientIdOf(claims: JWTPayload): string | null {
  for (const value of [claims.cid, claims.client_id]) if (typeof value === "string" && value) return value;
  return null;
}

let warnedUnconfigured = false;

/**
 * Who is calling, and may they do this: a bearer access token verified exactly as the token
 * hook's (lib/hook/verify-bearer-jwt.ts: signature through the issuer's JWKS, issuer, audience,
 * expiry), then the scope. 401 for no or a bad token, 403 for a good token without the scope.
 */
export async function authenticateApiClient(headers: Headers, verification: BearerVerification | null, scope: ApiScope): Promise<ApiAuthResult> {
  if (!verification) {
    if (!warnedUnconfigured) {
      warnedUnconfigured = true;
      log.error("api.auth.unconfigured", { message: REASONS.not_configured });
    }
    return { ok: false, status: 401, reason: REASONS.not_configured };
  }
  const authorization = headers.get("authorization") ?? "";
  const match = authorization.length <= MAX_TOKEN_LENGTH ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  if (!match?.[1]) return { ok: false, status: 401, reason: REASONS.no_token };
  const result = await verifyBearerJwt(match[1], verification);
  if (!result.valid) return { ok: false, status: 401, reason: REASONS[result.reason] };
  const clientId = clientIdOf(result.claims);
  if (!clientId) return { ok: false, status: 401, reason: REASONS.no_client };
  const scopes = grantedScopes(result.claims);
  if (!scopes.includes(scope)) return { ok: false, status: 403, reason: `The access token lacks the scope ${scope}.`, scope };
  return { ok: true, client: { clientId, scopes } };
}
