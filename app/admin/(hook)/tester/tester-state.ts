import type { ClaimChange } from "@/lib/admin/preview/list-claim-changes";
import type { HookAnswerJudgement } from "@/lib/admin/tester/judge-hook-answer";

type FieldErrors<Field extends string> = Partial<Record<Field, string[]>>;

/** What "Generate request" returns: the request text for the editor, or what to fix. */
export type GenerateState = {
  fieldErrors: FieldErrors<"login" | "tokens" | "grantType" | "scopes">;
  message: string | null;
  requestText: string | null;
};

/** What "Send to hook" returns: the hook's answer and Okta's verdict, or what to fix. */
export type SendState = {
  fieldErrors: FieldErrors<"requestText">;
  message: string | null;
  result: {
    sentTo: string;
    /** "200 OK"; null when no answer came. */
    status: string | null;
    latencyMs: number;
    /** The response body, pretty-printed when it is JSON. */
    body: string | null;
    judgement: Omit<HookAnswerJudgement, "verdict">;
    changes: ClaimChange[];
    /** Set when the request is not one Okta would send (it is sent anyway). */
    shapeProblem: string | null;
  } | null;
};

export const INITIAL_GENERATE_STATE: GenerateState = { fieldErrors: {}, message: null, requestText: null };
export const INITIAL_SEND_STATE: SendState = { fieldErrors: {}, message: null, result: null };
