import { formatTime } from "@/lib/common/format-time";
import { describeOutcomeCounts } from "@/lib/admin/activity/describe-outcome-counts";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";
import type { ClaimDiagnosis } from "./claim-diagnosis";
import type { ClaimEvidence } from "./hook-call";

const LOOKUP_FAILURES = ["lookup_error", "lookup_timeout"];

/**
 * A patient's token without the claim, and no call recorded for this sign-in, while the app knows
 * calls arrived around it: in an outage window (answered, not recorded), or refused (401). Then
 * Okta did call the hook, and the access policy rule is not the cause.
 */
export function explainUnrecordedCall(claimName: string, evidence: ClaimEvidence, signedIn: string): ClaimDiagnosis | null {
  const gap = evidence.gaps?.[0];
  if (gap) {
    const failed = LOOKUP_FAILURES.reduce((sum, outcome) => sum + (gap.outcomes[outcome] ?? 0), 0);
    return {
      kind: "calls-not-recorded",
      severity: "problem",
      title: `Your sign-in fell in a database outage: the hook was called, but its calls were not recorded, and your ID token has no ${claimName} claim.`,
      details: [
        `From ${formatTime(gap.firstAt)} to ${formatTime(gap.lastAt)}${signedIn}, ${gap.calls} hook ${gap.calls === 1 ? "call" : "calls"} reached the hook while the patient database was unavailable, and could not be recorded: ${describeOutcomeCounts(gap.outcomes)}.`,
        failed > 0
          ? "During the outage the hook could not look patients up, so it answered without the claim (HOOK_FAILURE_MODE). Sign in again now that the database is back."
          : "The call for this sign-in is probably among them. Sign in again; if the claim is still missing, the hook's answer will be recorded this time.",
      ],
    };
  }
  const refused = evidence.refusals?.filter((r) => r.count > 0) ?? [];
  if (refused.length > 0) {
    const [top] = refused;
    return {
      kind: "calls-refused",
      severity: "problem",
      title: `Okta called the hook around your sign-in, but the hook refused the call (401): ${REFUSAL_TEXT[top!.reason].label.toLowerCase()}.`,
      details: [
        `Refused around this sign-in${signedIn}: ${refused.map((r) => `${r.count} × ${REFUSAL_TEXT[r.reason].label.toLowerCase()}`).join(", ")}. Okta went on and issued the token without the claim.`,
        REFUSAL_TEXT[top!.reason].fix,
      ],
    };
  }
  return null;
}
