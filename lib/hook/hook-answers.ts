import type { HookOutcome } from "@/generated/prisma/enums";
import type { TokenKind } from "@/okta/hook-request/request-schema";
import type { TokenHookResponse } from "@/okta/hook-response/response-types";

/** What the hook answers, and what is recorded about it (never the patient ID). */
export type HookAnswer = {
  status: 200 | 204 | 400 | 408 | 413;
  /** The JSON text to send, serialised once (the self-check reads the same bytes Okta will). */
  body: string | null;
  event: {
    outcome: HookOutcome;
    username: string | null;
    tokensPatched: TokenKind[];
    refused: boolean;
    error: string | null;
  };
};

// Shown by Okta to the client and possibly the end user (docs/okta-token-hook.md §3.4): no internals in it.
const LOOKUP_FAILED_SUMMARY = "The patient directory is unavailable. Please try again later.";

export function noContentAnswer(outcome: HookOutcome, username: string | null, error: string | null = null): HookAnswer {
  return { status: 204, body: null, event: { outcome, username, tokensPatched: [], refused: false, error } };
}

/** Not a usable Okta request: 400/408/413 with a JSON errorSummary saying what is wrong. */
export function badRequestAnswer(status: 400 | 408 | 413, errorSummary: string): HookAnswer {
  return {
    status,
    body: JSON.stringify({ error: { errorSummary } } satisfies TokenHookResponse),
    event: { outcome: "bad_request", username: null, tokensPatched: [], refused: false, error: errorSummary },
  };
}

/** HOOK_FAILURE_MODE: open → 204, Okta issues the token without the claim; closed → an error
 *  object with 200, Okta refuses the token with server_error (docs/okta-token-hook.md §3.4, §4.1). */
export function lookupFailureAnswer(
  outcome: "lookup_timeout" | "lookup_error",
  username: string | null,
  error: string,
  failureMode: "open" | "closed",
): HookAnswer {
  if (failureMode === "open") return noContentAnswer(outcome, username, error);
  return {
    status: 200,
    body: JSON.stringify({ error: { errorSummary: LOOKUP_FAILED_SUMMARY } } satisfies TokenHookResponse),
    event: { outcome, username, tokensPatched: [], refused: true, error },
  };
}
