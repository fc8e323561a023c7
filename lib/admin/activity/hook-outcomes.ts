import type { HookOutcome } from "@/generated/prisma/enums";

/**
 * Outcomes counted as errors in the error rate: the hook could not do its job (database slow or
 * down, or a request it could not read). "Not a patient" and friends are correct answers.
 */
export const ERROR_OUTCOMES = ["lookup_timeout", "lookup_error", "bad_request"] as const satisfies readonly HookOutcome[];

type OutcomeText = { label: string; meaning: string };

/** Plain words for people, shared by the activity list and the claims preview. */
export const OUTCOME_TEXT: Record<HookOutcome, OutcomeText> = {
  patched: { label: "Claim added", meaning: "The user is a patient: the hook answered 200 with commands adding the claim." },
  no_patient: { label: "Not a patient", meaning: "The login is not in the patient table: the hook answered 204 and the tokens stay as they are." },
  no_login: { label: "No login", meaning: "The request names no user (for example client credentials): the hook answered 204." },
  no_token: {
    label: "No token to patch",
    meaning:
      "A patient, but the hook answered 204: Okta is not minting a token the claim is configured for (HOOK_CLAIM_TOKENS), or Okta would have dropped the patch.",
  },
  lookup_timeout: {
    label: "Lookup timed out",
    meaning: "The patient lookup took longer than HOOK_LOOKUP_TIMEOUT_MS; the hook answered as HOOK_FAILURE_MODE says.",
  },
  lookup_error: { label: "Lookup failed", meaning: "The patient database failed; the hook answered as HOOK_FAILURE_MODE says." },
  bad_request: { label: "Bad request", meaning: "The body was not a valid Okta token hook request: the hook answered 400 or 413." },
};

export function isErrorOutcome(outcome: HookOutcome): boolean {
  return (ERROR_OUTCOMES as readonly HookOutcome[]).includes(outcome);
}

/** For a gap's outcome keys: a recorded outcome, or "refused:<reason>" (a refused call is an error too). */
export function isErrorOutcomeKey(key: string): boolean {
  return key.startsWith("refused:") || (ERROR_OUTCOMES as readonly string[]).includes(key);
}

/** Every outcome, in the order the filter lists them (the record above forces one per enum value). */
export const HOOK_OUTCOMES = Object.keys(OUTCOME_TEXT) as HookOutcome[];
