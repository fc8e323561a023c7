import { after } from "next/server";
import { answerTokenHook } from "@/lib/hook/answer-token-hook";
import { authenticateHookRequest } from "@/lib/hook/authenticate-hook-request";
import { badRequestAnswer, lookupFailureAnswer, type HookAnswer } from "@/lib/hook/hook-answers";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { readHookRequest } from "@/lib/hook/read-hook-request";
import { recordHookEvent, recordHookRefusal } from "@/lib/hook/record-hook-event";
import { describeError, log } from "@/lib/common/log";
import { findPatientIdByLogin } from "@/lib/hook/hook-store";

const JSON_HEADERS = { "content-type": "application/json" };

// POST /api/hooks/token — add the patient ID claim to Okta tokens (Okta waits at most 3 s).
export async function POST(request: Request): Promise<Response> {
  const started = performance.now();
  const occurredAt = new Date();
  const settings = getHookSettings();
  const auth = await authenticateHookRequest(request.headers, settings.auth);
  if (!auth.authenticated) {
    // Counted by reason after the response, like the records below: the 401 never waits for the database.
    recordHookRefusal({ at: occurredAt, reason: auth.reason }, after);
    return new Response(null, { status: 401 });
  }

  let eventId: string | null = null;
  let answer: HookAnswer;
  try {
    const parsed = await readHookRequest(request, settings.answer.lookupTimeoutMs);
    if (parsed.ok) eventId = parsed.request.eventId;
    answer = parsed.ok
      ? await answerTokenHook(parsed.request, findPatientIdByLogin, settings.answer)
      : badRequestAnswer(parsed.status, parsed.errorSummary);
  } catch (error) {
    // Nothing a client sends may produce a 500: answer as the failure mode says.
    log.error("hook.unexpected_error", { reason: describeError(error) });
    answer = lookupFailureAnswer("lookup_error", null, describeError(error), settings.answer.failureMode);
  }

  const latencyMs = performance.now() - started;
  recordHookEvent({ ...answer.event, eventId, occurredAt, httpStatus: answer.status, latencyMs }, after);
  // A body too slow to arrive: close the connection too, so the sender cannot keep it busy.
  const headers = answer.status === 408 ? { ...JSON_HEADERS, connection: "close" } : answer.body ? JSON_HEADERS : undefined;
  return new Response(answer.body, { status: answer.status, headers });
}
