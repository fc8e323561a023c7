import "server-only";
import { describeError, log } from "@/lib/common/log";
import { getHookCallClock } from "@/lib/hook/call-clock";
import { isDatabaseUnavailable } from "../database-unavailable";
import { getLastRecordedCalls, getRefusalTotals, latest, type RefusalTotal } from "./get-hook-accounting";

const HOUR_MS = 60 * 60 * 1000;

export type CallStatus = {
  lastCallAt: Date | null;
  lastAuthenticatedAt: Date | null;
  /** Refused calls of the last hour, by reason, most first. */
  recentRefusals: RefusalTotal[];
  /** False when the database could not be read: then only this server's own memory speaks. */
  fromDatabase: boolean;
};

/**
 * "Is Okta reaching us, with the right secret?": the last call of any kind and the last
 * authenticated one, from the records (every instance) and this server's memory (calls not yet
 * written), whichever is later.
 */
export async function getCallStatus(now: Date): Promise<CallStatus> {
  const memory = getHookCallClock();
  try {
    const [recorded, recentRefusals] = await Promise.all([getLastRecordedCalls(), getRefusalTotals(new Date(now.getTime() - HOUR_MS))]);
    return {
      lastCallAt: latest(recorded.lastCallAt, memory.lastCallAt),
      lastAuthenticatedAt: latest(recorded.lastAuthenticatedAt, memory.lastAuthenticatedAt),
      recentRefusals,
      fromDatabase: true,
    };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log.warn("admin.setup.calls_unavailable", { reason: describeError(error) });
    return { ...memory, recentRefusals: [], fromDatabase: false };
  }
}
