import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import type { HookAnswer } from "./hook-answers";
import { insertHookEvent } from "./hook-store";
import { pruneHookEventsIfDue } from "./prune-hook-events";

export type HookEventRecord = HookAnswer["event"] & {
  eventId: string | null;
  httpStatus: number;
  latencyMs: number;
};

/** Runs after the response is sent; a failure here must never reach Okta, only the log. */
export async function recordHookEvent(record: HookEventRecord): Promise<void> {
  log.info("hook.call", {
    eventId: record.eventId,
    outcome: record.outcome,
    status: record.httpStatus,
    tokensPatched: record.tokensPatched,
    refused: record.refused,
    latencyMs: record.latencyMs,
  });
  try {
    await insertHookEvent(record);
  } catch (error) {
    log.warn("hook.event.not_recorded", { eventId: record.eventId, reason: describeError(error) });
  }
  try {
    const pruned = await pruneHookEventsIfDue(getDb(), getEnv().HOOK_EVENT_RETENTION_DAYS);
    if (pruned) log.info("hook.events.pruned", { count: pruned, retentionDays: getEnv().HOOK_EVENT_RETENTION_DAYS });
  } catch (error) {
    log.warn("hook.events.not_pruned", { reason: describeError(error) });
  }
}
