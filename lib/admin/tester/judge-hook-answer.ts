import { checkTokenHookResponse, describeVerdict, type HookTokens, type HookVerdict } from "@/okta/hook-response/check-response";
import { OKTA_HOOK_TIMEOUT_MS, type HookCallResult } from "@/okta/caller/call-inline-hook";

/** Whether Okta would take the hook's answer, in a headline and one sentence of detail. */
export type HookAnswerJudgement = {
  accepted: boolean;
  outcome: HookVerdict["outcome"] | HookCallResult["kind"];
  headline: string;
  detail: string;
  /** Okta's reading of the answer; absent when no answer came. */
  verdict?: HookVerdict;
  /** The hook could not look the user up (database failed or too slow): a valid answer, and still a problem. */
  lookupFailed?: boolean;
};

const HEADLINES: Record<HookVerdict["outcome"], { accepted: boolean; headline: string }> = {
  patched: { accepted: true, headline: "Okta would accept this answer and patch the tokens." },
  unchanged: { accepted: true, headline: "Okta would accept this answer; the tokens stay as they are." },
  error: { accepted: true, headline: "Okta would accept this answer and refuse to issue the tokens." },
  skipped: { accepted: false, headline: "Okta would not use this answer." },
  rejected: { accepted: false, headline: "Okta would reject this answer." },
};

/** Okta's verdict (docs/okta-token-hook.md §4.1, by the Okta module's checker) on an answer the hook gave. */
export function judgeHookAnswer(response: { status: number; body: string }, tokens: HookTokens): HookAnswerJudgement {
  const verdict = checkTokenHookResponse(response, tokens);
  return { ...HEADLINES[verdict.outcome], outcome: verdict.outcome, detail: describeVerdict(verdict), verdict };
}

// docs/okta-token-hook.md §4.1, §4.2: without an answer in time Okta mints the tokens unchanged, and never retries.
const NO_ANSWER_DETAIL = "Okta would skip the hook and issue the tokens unchanged; token hooks are not retried.";

/** The same judgement for a call the tester made, including calls that got no answer. */
export function judgeHookCall(call: HookCallResult, tokens: HookTokens): HookAnswerJudgement {
  switch (call.kind) {
    case "response":
      return judgeHookAnswer(call, tokens);
    case "timeout":
      return { accepted: false, outcome: "timeout", headline: `Okta would give up after ${OKTA_HOOK_TIMEOUT_MS / 1000} s.`, detail: NO_ANSWER_DETAIL };
    case "failed":
      return { accepted: false, outcome: "failed", headline: `Okta could not reach the hook: ${call.reason}.`, detail: NO_ANSWER_DETAIL };
  }
}

const LOOKUP_FAILURE_HEADLINES: Partial<Record<HookAnswerJudgement["outcome"], string>> = {
  unchanged: "The hook's patient lookup failed: Okta would accept this answer, and the tokens get no claim.",
  error: "The hook's patient lookup failed: Okta would refuse to issue the tokens.",
};

/**
 * A 204 or an error object says nothing of why (HOOK_FAILURE_MODE, docs/okta-token-hook.md §3.4,
 * §4.1): when the hook's own lookup fails for this request, the verdict says so instead of
 * reading as an ordinary "not a patient".
 */
export function withLookupOutcome(judgement: HookAnswerJudgement, outcome: string | null): HookAnswerJudgement {
  const headline = LOOKUP_FAILURE_HEADLINES[judgement.outcome];
  if (!headline || (outcome !== "lookup_error" && outcome !== "lookup_timeout")) return judgement;
  const why =
    outcome === "lookup_timeout"
      ? "The patient lookup took longer than HOOK_LOOKUP_TIMEOUT_MS"
      : "The patient database is unavailable";
  return { ...judgement, headline, lookupFailed: true, detail: `${why}, so the hook answered as HOOK_FAILURE_MODE says. ${judgement.detail}` };
}
