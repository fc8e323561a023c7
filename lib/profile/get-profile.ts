import "server-only";
import { getEnv } from "@/lib/config/env";
import { decodeToken, type TokenClaims } from "@/lib/sign-in/decode-token";
import { describeClaims, formatClaimValue, type ClaimRow } from "@/lib/profile/describe-claims";
import type { ClaimDiagnosis } from "./claim-diagnosis";
import { explainMissingClaim } from "./explain-missing-claim";
import { getClaimEvidence } from "./get-claim-evidence";

export interface TokenView {
  raw: string;
  /** null when the token is opaque (not a JWT), so it has no readable claims. */
  rows: ClaimRow[] | null;
}

export interface ProfileView {
  claimName: string;
  /** The hook claim's value in the ID token, as text, or null when absent. */
  claimValue: string | null;
  idToken: TokenView | null;
  accessToken: TokenView | null;
  diagnosis: ClaimDiagnosis;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
const seconds = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function toView(raw: string | undefined, claims: TokenClaims | null, claimName: string): TokenView | null {
  return raw ? { raw, rows: claims ? describeClaims(claims, claimName) : null } : null;
}

/** Everything /profile shows: both tokens' claims, and why the hook's claim is missing if it is. */
export async function getProfile(tokens: { idToken?: string; accessToken?: string }): Promise<ProfileView> {
  const claimName = getEnv().HOOK_CLAIM_NAME;
  const idClaims = decodeToken(tokens.idToken);
  const accessClaims = decodeToken(tokens.accessToken);
  const inIdToken = Boolean(idClaims && claimName in idClaims);
  const login = text(idClaims?.preferred_username) ?? text(idClaims?.email);
  const issuedAt = seconds(idClaims?.iat);
  // Only a missing claim sends the page to the database.
  const evidence = !inIdToken && login ? await getClaimEvidence(login, issuedAt) : null;
  const diagnosis = explainMissingClaim({
    claimName,
    inIdToken,
    inAccessToken: Boolean(accessClaims && claimName in accessClaims),
    issuer: text(idClaims?.iss) ?? undefined,
    login,
    issuedAt,
    authTime: seconds(idClaims?.auth_time),
    evidence,
  });
  return {
    claimName,
    claimValue: idClaims && inIdToken ? formatClaimValue(claimName, idClaims[claimName]) : null,
    idToken: toView(tokens.idToken, idClaims, claimName),
    accessToken: toView(tokens.accessToken, accessClaims, claimName),
    diagnosis,
  };
}
