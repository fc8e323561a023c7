import { decodeJwt, type JWTPayload } from "jose";

export type TokenClaims = JWTPayload & Record<string, unknown>;

/**
 * Reads a JWT's claims without verifying it: next-auth already verified the ID token at sign-in,
 * and the page only displays what the user was given. Returns null for an opaque (non-JWT) token.
 */
export function decodeToken(token: string | undefined): TokenClaims | null {
  if (!token) return null;
  try {
    return decodeJwt(token);
  } catch {
    return null;
  }
}
