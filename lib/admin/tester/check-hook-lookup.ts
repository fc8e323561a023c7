import "server-only";
import { answerTokenHook } from "@/lib/hook/answer-token-hook";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { findPatientIdByLogin } from "@/lib/hook/hook-store";
import type { TokenHookRequest } from "@/okta/hook-request/request-schema";

/**
 * The outcome the hook's own code reaches for this request right now (its lookup, its budget, its
 * settings), as Preview runs it: the tester's answer from the hook is a 204 either way when the
 * user is not a patient or when the lookup failed (fail open), and this tells them apart.
 */
export async function checkHookLookup(request: TokenHookRequest): Promise<string> {
  const answer = await answerTokenHook(request, findPatientIdByLogin, getHookSettings().answer);
  return answer.event.outcome;
}
