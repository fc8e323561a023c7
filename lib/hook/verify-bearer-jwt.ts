import { jwtVerify, type JWTPayload } from "jose";
import { classifyBearerFailure } from "./classify-bearer-failure";
import { getIssuerKeys } from "./issuer-keys";

export type BearerVerification = {
  issuer: string;
  audience: string;
  /** bound on fetching the issuer's keys (discovery and JWKS) */
  keysTimeoutMs: number;
};

export type BearerResult =
  | { valid: true; claims: JWTPayload }
  | { valid: false; reason: ReturnType<typeof classifyBearerFailure> };

// Okta signs access tokens with RS256; the others are what an issuer could rotate to. Never "none" or HMAC.
const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256"];

/**
 * An Okta access token, checked as Okta's resource servers check it (docs/okta-token-hook.md
 * §4.5): signed by a key of the issuer's JWKS, this issuer, this audience, not expired. Shared by
 * the token hook's OAuth 2.0 authentication and the directory API (lib/api), so both accept and
 * refuse exactly the same tokens for the same reasons.
 */
export async function verifyBearerJwt(token: string, settings: BearerVerification): Promise<BearerResult> {
  try {
    const jwks = await getIssuerKeys(settings.issuer, settings.keysTimeoutMs);
    const { payload } = await jwtVerify(token, jwks, { issuer: settings.issuer, audience: settings.audience, algorithms: ALGORITHMS });
    return { valid: true, claims: payload };
  } catch (error) {
    return { valid: false, reason: classifyBearerFailure(error, token, settings.issuer) };
  }
}
