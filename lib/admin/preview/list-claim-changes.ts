import type { HookTokens, HookVerdict } from "@/okta/hook-response/check-response";
import { formatClaimValue } from "@/lib/profile/describe-claims";

export type ClaimChange = {
  token: "ID token" | "Access token";
  claim: string;
  /** The value the token would carry, as text; null when the claim would be removed. */
  value: string | null;
  /** The value Okta had drafted, as text; null when the hook adds the claim. */
  previous: string | null;
};

const TOKENS = [
  ["identity", "ID token"],
  ["access", "Access token"],
] as const;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the hook's answer changes in each token, read from Okta's verdict (the tokens after the
 * patch, as the Okta module applies it) rather than from the commands, so the list is what
 * Okta would actually mint. Empty unless Okta would apply the patch.
 */
export function listClaimChanges(verdict: HookVerdict | undefined, tokens: HookTokens): ClaimChange[] {
  if (verdict?.outcome !== "patched") return [];
  const changes: ClaimChange[] = [];
  for (const [key, token] of TOKENS) {
    const before = tokens[key]?.claims ?? {};
    const after = verdict[key]?.claims;
    if (!after) continue;
    for (const [claim, value] of Object.entries(after)) {
      if (claim in before && sameJson(before[claim], value)) continue;
      const previous = claim in before ? formatClaimValue(claim, before[claim]) : null;
      changes.push({ token, claim, value: formatClaimValue(claim, value), previous });
    }
    for (const claim of Object.keys(before)) {
      if (!(claim in after)) changes.push({ token, claim, value: null, previous: formatClaimValue(claim, before[claim]) });
    }
  }
  return changes;
}
