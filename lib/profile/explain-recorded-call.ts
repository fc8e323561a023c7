import { formatTime } from "@/lib/common/format-time";
import type { ClaimDiagnosis } from "./claim-diagnosis";
import { OKTA_HOOK_TIMEOUT_MS, type RecordedHookCall } from "./hook-call";

export interface RecordedCallContext {
  claimName: string;
  login: string | null;
  /** Whether the user is in the patient table now (they may have been added since the call). */
  isPatient: boolean;
}

/** Explains a missing claim from the hook call recorded at the sign-in that produced the token. */
export function explainRecordedCall(input: RecordedCallContext, call: RecordedHookCall): ClaimDiagnosis {
  const when = `At this sign-in (${formatTime(call.occurredAt)})`;
  if (call.refused) {
    return {
      kind: "hook-refused",
      severity: "problem",
      title: `${when} the hook told Okta to refuse the token.`,
      details: ["The hook refuses tokens when its patient lookup fails and HOOK_FAILURE_MODE is \"closed\"."],
    };
  }
  switch (call.outcome) {
    case "no_patient":
      return input.isPatient
        ? {
            kind: "became-patient-since",
            severity: "info",
            title: "When you signed in you were not in the patient table; you have been added since.",
            details: [`Sign out and sign in again to get a token with ${input.claimName}.`],
          }
        : {
            kind: "not-a-patient",
            severity: "info",
            title: `You are not in the patient table, so the hook has no patient ID to add as ${input.claimName}.`,
            details: [`${when} the hook looked up ${input.login} and found no patient. A patient admin can add you.`],
          };
    case "no_token":
      return {
        kind: "hook-no-token",
        severity: "problem",
        title: `${when} the hook found you in the patient table, but Okta's request held none of the tokens it is set to change.`,
        details: ["HOOK_CLAIM_TOKENS says which tokens get the claim (\"id\", \"access\" or \"id,access\")."],
      };
    case "lookup_timeout":
      return {
        kind: "hook-timed-out",
        severity: "problem",
        title: `${when} the hook's patient lookup took too long, so it answered without the claim.`,
        details: ["The hook gives up before Okta's 3-second limit (HOOK_LOOKUP_TIMEOUT_MS). Sign in again to retry."],
      };
    case "lookup_error":
      return {
        kind: "hook-lookup-failed",
        severity: "problem",
        title: `${when} the patient database failed during the hook's lookup, so it answered without the claim.`,
        details: ["Sign in again to retry; if it keeps happening, check the database."],
      };
    case "bad_request":
      return {
        kind: "hook-bad-request",
        severity: "problem",
        title: `${when} the hook could not read Okta's request (HTTP ${call.httpStatus}).`,
        details: ["The hook's log has the details. Okta went on and issued the token without the claim."],
      };
    case "no_login":
      return {
        kind: "hook-no-login",
        severity: "problem",
        title: `${when} Okta's request to the hook named no user, so there was no one to look up.`,
        details: [],
      };
    case "patched":
      if (call.latencyMs >= OKTA_HOOK_TIMEOUT_MS) {
        return {
          kind: "hook-too-slow",
          severity: "problem",
          title: `${when} the hook answered with the claim, but after ${call.latencyMs} ms: Okta waits only 3 seconds.`,
          details: ["Okta went on without the hook's answer. A slow database or network is the usual cause."],
        };
      }
      return {
        kind: "patch-dropped",
        severity: "problem",
        title: `${when} the hook answered with the claim, but Okta did not put it in your ID token.`,
        details: [
          call.tokensPatched.includes("id")
            ? "Okta drops a hook's whole answer when any command in it is invalid (for example a reserved claim name); Okta's System Log says which."
            : "The hook added the claim to the access token only (HOOK_CLAIM_TOKENS), and Okta dropped that too; Okta's System Log says why.",
        ],
      };
  }
}
