import { decodeJwt, errors } from "jose";
import type { HookRefusalReason } from "@/generated/prisma/enums";

type BearerReason = Extract<HookRefusalReason, `token_${string}`>;

/**
 * Why jose refused a bearer token, in the words the admin sees (docs/okta-token-hook.md §4.5).
 * jose checks the signature before the claims, so a token from another issuer usually fails as
 * "no matching key": its unverified `iss` (read only to name the reason, never trusted) tells
 * that case apart from a forged or re-signed token.
 */
export function classifyBearerFailure(error: unknown, token: string, expectedIssuer: string): BearerReason {
  if (error instanceof errors.JWTExpired) return "token_expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "token_wrong_issuer";
    if (error.claim === "aud") return "token_wrong_audience";
    if (error.claim === "nbf" || error.claim === "iat") return "token_expired";
    return "token_malformed";
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return unverifiedIssuer(token) === expectedIssuer ? "token_bad_signature" : "token_wrong_issuer";
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error instanceof TypeError || isAbort(error)) {
    return "token_keys_unavailable"; // fetch() throws a TypeError when the issuer cannot be reached, an abort when timed out
  }
  return "token_malformed";
}

const isAbort = (error: unknown) => error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");

function unverifiedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}
