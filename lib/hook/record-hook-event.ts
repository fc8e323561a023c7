import "server-only";
import { describeError, log } from "@/lib/common/log";
import { createBatchWriter } from "./batch-writer";
import type { HookEventRecord } from "./hook-event-record";
import { getHookSettings } from "./hook-settings";
import { deleteHookEventsBefore, insertHookEvents } from "./hook-store";
import { pruneHookEventsIfDue } from "./prune-hook-events";


/** One write: the rows, then (at most hourly) the retention delete, which never fails the rows. */
async function writeEvents(records: HookEventRecord[]): Promise<void> {
  await insertHookEvents(records);
  const { eventRetentionDays } = getHookSettings();
  try {
    const pruned = await pruneHookEventsIfDue(deleteHookEventsBefore, eventRetentionDays);
    if (pruned) log.info("hook.events.pruned", { count: pruned, retentionDays: eventRetentionDays });
  } catch (error) {
    log.warn("hook.events.not_pruned", { reason: describeError(error) });
  }
}

// Under load, calls that end while one insert is in flight share the next: one statement and one
// commit for many calls. 10,000 waiting rows is about 50 s of 200 calls/s; past that, with the
// database hung, new events are dropped and logged, not queued.
const eventWriter = createBatchWriter(writeEvents, { maxBatch: 500, maxPending: 10_000 });

/**
 * Logs the call and queues its HookEvent row; never throws, and a failure never reaches Okta.
 * The row is written after the response. `keepAlive` (Next's `after`) is handed the write only
 * by the call that opens a batch: one registration covers every call in it, so a serverless
 * instance lives until its rows are written without each call paying for its own.
 */
export function recordHookEvent(record: HookEventRecord, keepAlive: (work: Promise<void>) => void): void {
  log.info("hook.call", {
    eventId: record.eventId,
    outcome: record.outcome,
    status: record.httpStatus,
    tokensPatched: record.tokensPatched,
    refused: record.refused,
    latencyMs: record.latencyMs,
  });
  const { written, opened } = eventWriter.add(record);
  if (opened) keepAlive(written.catch(() => undefined));
  written.catch((error: unknown) => {
    log.warn("hook.event.not_recorded", { eventId: record.eventId, reason: describeError(error) });
  });
}
