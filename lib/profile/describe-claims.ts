import { CLAIM_MEANINGS, HOOK_CLAIM_MEANING, TIME_CLAIMS } from "./claim-meanings";
import { formatTime } from "@/lib/common/format-time";

export interface ClaimRow {
  name: string;
  value: string;
  meaning: string | null;
  isHookClaim: boolean;
}

/** Renders one claim value as text; time claims also get a readable UTC date. */
export function formatClaimValue(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && TIME_CLAIMS.has(name) && Number.isFinite(value)) {
    return `${value} (${formatTime(new Date(value * 1000))})`;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value.join(", ");
  }
  return JSON.stringify(value) ?? String(value);
}

/**
 * Turns decoded claims into table rows. The hook's claim comes first, so on a phone it is seen
 * without scrolling; the others keep the token's own order.
 */
export function describeClaims(claims: Readonly<Record<string, unknown>>, hookClaimName: string): ClaimRow[] {
  const rows = Object.entries(claims).map(([name, value]): ClaimRow => {
    const isHookClaim = name === hookClaimName;
    return {
      name,
      value: formatClaimValue(name, value),
      meaning: isHookClaim ? HOOK_CLAIM_MEANING : (CLAIM_MEANINGS[name] ?? null),
      isHookClaim,
    };
  });
  return [...rows.filter((row) => row.isHookClaim), ...rows.filter((row) => !row.isHookClaim)];
}
