import "server-only";
import type { HookOutcome } from "@/generated/prisma/enums";
import { answerTokenHook } from "@/lib/hook/answer-token-hook";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { judgeHookAnswer, type HookAnswerJudgement } from "@/lib/admin/tester/judge-hook-answer";
import { DEFAULT_SCOPES } from "@/lib/admin/tester/tester-input";
import { findPatientIdByLogin } from "@/lib/hook/hook-store";
import { buildPreviewRequest } from "./build-preview-request";
import { getPreviewOrg } from "./get-preview-org";
import { listClaimChanges, type ClaimChange } from "./list-claim-changes";

export type ClaimsPreview = {
  status: number;
  outcome: HookOutcome;
  /** What the hook would note about its answer (e.g. why it withheld one); no patient ID. */
  note: string | null;
  judgement: Omit<HookAnswerJudgement, "verdict">;
  changes: ClaimChange[];
  /** The answer's JSON, pretty-printed; null for a 204. */
  responseJson: string | null;
  requestJson: string;
};

const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);

/**
 * What the hook would answer for this login right now: the hook's own decision function, its
 * own patient lookup and settings, on the request Okta would send for a sign-in that mints an ID
 * and an access token. Nothing is recorded: only the hook route writes HookEvents.
 */
export async function previewClaims(login: string): Promise<ClaimsPreview> {
  const request = await buildPreviewRequest(
    { login, tokens: "both", scopes: DEFAULT_SCOPES.split(" "), grantType: "authorization_code" },
    getPreviewOrg(),
  );
  const answer = await answerTokenHook(request, findPatientIdByLogin, getHookSettings().answer);
  const { verdict, ...judgement } = judgeHookAnswer({ status: answer.status, body: answer.body ?? "" }, request.data);
  return {
    status: answer.status,
    outcome: answer.event.outcome,
    note: answer.event.error,
    judgement,
    changes: listClaimChanges(verdict, request.data),
    responseJson: answer.body === null ? null : pretty(answer.body),
    requestJson: JSON.stringify(request, null, 2),
  };
}
