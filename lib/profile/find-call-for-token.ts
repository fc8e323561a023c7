import { CALL_MATCH_SECONDS, type RecordedHookCall } from "./hook-call";

/**
 * The call recorded for the sign-in that produced this token, if any. A call older than the
 * sign-in (before `auth_time`, or well before `iat`) was for an earlier token and explains nothing.
 */
export function findCallForToken(
  call: RecordedHookCall | null,
  issuedAt: number | undefined,
  authTime: number | undefined,
): RecordedHookCall | null {
  if (!call || issuedAt === undefined) return null;
  const calledAt = call.occurredAt.getTime() / 1000;
  const earliest = Math.max(issuedAt - CALL_MATCH_SECONDS, (authTime ?? -Infinity) - 5);
  return calledAt >= earliest && calledAt <= issuedAt + CALL_MATCH_SECONDS ? call : null;
}
