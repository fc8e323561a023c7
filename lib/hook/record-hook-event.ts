import "server-only";
import { describeError, log } from "@/lib/log";
import { createBatchWriter } from "./batch-writer";
import type { HookAnswer } from "./hook-answers";
import { deleteHookEventsBefore, insertHookEvents } from "./hook-store";
import { pruneHookEventsIfDue } from "./prune-hook-events";

export type HookEventRecord = HookAnswer["event"] & {
  eventId: string | null;
  /** When the call arrived (not when its row was written). */
  occurredAt: Date;
  httpStatus: number;
  latencyMs: number;
};

// Under load, calls that end while one insert is in flight share the next: one statement and one
// commit for many calls (measured: `npm run bench:hook`). 10,000 waiting rows is about 50 s of
// 200 calls/s; past that, with the database hung, new events are dropped and logged, not queued.
const eventWriter = createBatchWriter(insertHookEvents, { maxBatch: 500, maxPending: 10_000 });

/** Runs after the response is sent; a failure here must never reach Okta, only the log. */
export async function recordHookEvent(record: HookEventRecord, retentionDays: number): Promise<void> {
  log.info("hook.call", {
    eventId: record.eventId,
    outcome: record.outcome,
    status: record.httpStatus,
    tokensPatched: record.tokensPatched,
    refused: record.refused,
    latencyMs: record.latencyMs,
  });
  try {
    await eventWriter.add(record);
  } catch (error) {
    log.warn("hook.event.not_recorded", { eventId: record.eventId, reason: describeError(error) });
  }
  try {
    const pruned = await pruneHookEventsIfDue(deleteHookEventsBefore, retentionDays);
    if (pruned) log.info("hook.events.pruned", { count: pruned, retentionDays });
  } catch (error) {
    log.warn("hook.events.not_pruned", { reason: describeError(error) });
  }
}
