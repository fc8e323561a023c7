import "server-only";
import { describeError, log } from "@/lib/common/log";
import { createRetentionPruner } from "@/lib/common/retention-pruner";
import { insertEventGap, upsertRefusalCounts, deleteAccountingBefore } from "./accounting-store";
import { createBatchWriter } from "./batch-writer";
import { noteHookCall } from "./call-clock";
import { createGapRecorder } from "./gap-recorder";
import type { HookEventRecord } from "./hook-event-record";
import { getHookSettings } from "./hook-settings";
import { deleteHookEventsBefore, insertHookEvents } from "./hook-store";
import { countRefusals, type Refusal } from "./refusal-counts";

// HookEvents (and their accounting) older than HOOK_EVENT_RETENTION_DAYS, deleted at most hourly.
const pruneHookEventsIfDue = createRetentionPruner();

// The calls already logged: a batch that is retried must not log them again.
const logged = new WeakSet<HookEventRecord>();

/** The call's log line, written here, after Okta has its answer, rather than on the response path. */
function logCall(record: HookEventRecord): void {
  if (logged.has(record)) return;
  logged.add(record);
  log.info("hook.call", {
    eventId: record.eventId,
    outcome: record.outcome,
    status: record.httpStatus,
    tokensPatched: record.tokensPatched,
    refused: record.refused,
    latencyMs: record.latencyMs,
  });
}

/** One write: the calls' log lines, any pending gap, the rows, then (at most hourly) the retention delete, which never fails the rows. */
async function writeEvents(records: HookEventRecord[]): Promise<void> {
  for (const record of records) logCall(record);
  await noteFailure(async () => {
    await recorders().gaps.writePending();
    await insertHookEvents(records);
  });
  const { eventRetentionDays } = getHookSettings();
  try {
    const pruned = await pruneHookEventsIfDue(
      async (cutoff) => (await deleteHookEventsBefore(cutoff)) + (await deleteAccountingBefore(cutoff)),
      eventRetentionDays,
    );
    if (pruned) log.info("hook.events.pruned", { count: pruned, retentionDays: eventRetentionDays });
  } catch (error) {
    log.warn("hook.events.not_pruned", { reason: describeError(error) });
  }
}

async function writeRefusals(refusals: Refusal[]): Promise<void> {
  await noteFailure(async () => {
    await recorders().gaps.writePending();
    await upsertRefusalCounts(countRefusals(refusals));
  });
}

/** A failed write marks the outage window the next gap record states; the writer retries it. */
async function noteFailure(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    recorders().gaps.noteWriteFailure(new Date());
    throw error;
  }
}

function createRecorders() {
  const settings = getHookSettings().records;
  return {
    // Calls whose rows are given up (retried past HOOK_EVENT_RETRY_FOR_MS, or refused by a full
    // queue) are counted here and written as one hook_event_gaps row once the database is back.
    gaps: createGapRecorder(insertEventGap, settings.retry),
    // Under load, calls that end while one insert is in flight share the next: one statement and
    // one commit for many calls. A failed write is retried with backoff while its rows wait; at
    // most HOOK_EVENT_MAX_PENDING wait (10,000: about 50 s of 200 calls/s), past that calls are counted.
    events: createBatchWriter(writeEvents, { maxBatch: 500, ...settings }),
    refusals: createBatchWriter(writeRefusals, { maxBatch: 5_000, ...settings }),
  };
}

// Created on first use, from the validated settings (not at import: `next build` loads this
// module), and kept on globalThis: instrumentation.ts (the SIGTERM flush) and the admin pages are
// bundled apart from this route, and must see the same queues.
const shared = globalThis as unknown as { hookRecorders?: ReturnType<typeof createRecorders> };
const recorders = () => (shared.hookRecorders ??= createRecorders());

/** What this instance holds and has not written yet (the admin shows it during an outage). */
export function getUnwrittenHookRecords() {
  const { events, refusals, gaps } = recorders();
  return { waitingEvents: events.waiting, waitingRefusals: refusals.waiting, notRecorded: gaps.peek() };
}

/**
 * Queues the call's HookEvent row (and its log line); never throws, and a failure never reaches
 * Okta. Both are written after the response. `keepAlive` (Next's `after`) is handed the write only
 * by the call that opens a batch: one registration covers every call in it, so a serverless
 * instance lives until its rows are written without each call paying for its own.
 */
export function recordHookEvent(record: HookEventRecord, keepAlive: (work: Promise<void>) => void): void {
  noteHookCall(record.occurredAt, true);
  const { events, gaps } = recorders();
  const { written, opened } = events.add(record);
  if (opened) keepAlive(written.catch(() => undefined));
  written.catch((error: unknown) => {
    gaps.noteLost(record.outcome, record.occurredAt);
    log.warn("hook.event.not_recorded", { eventId: record.eventId, reason: describeError(error) });
  });
}

/** Counts a refused (401) call by reason, off the response path, through the same batching. */
export function recordHookRefusal(refusal: Refusal, keepAlive: (work: Promise<void>) => void): void {
  noteHookCall(refusal.at, false);
  const { refusals, gaps } = recorders();
  const { written, opened } = refusals.add(refusal);
  if (opened) keepAlive(written.catch(() => undefined));
  written.catch(() => gaps.noteLost(`refused:${refusal.reason}`, refusal.at));
}

/**
 * At shutdown (SIGTERM): writes what waits, retrying no longer than `deadlineMs`, then the gap
 * of anything given up; if the database is away, the log keeps the counts.
 */
export async function flushHookRecords(deadlineMs: number): Promise<void> {
  if (!shared.hookRecorders) return; // no call since start: nothing to write
  const { events, refusals, gaps } = shared.hookRecorders;
  const started = Date.now();
  await Promise.all([events.flush(deadlineMs), refusals.flush(deadlineMs)]);
  await new Promise<void>((resolve) => setImmediate(resolve)); // lets the given-up items reach the tally
  const pending = gaps.peek();
  const left = Math.max(deadlineMs - (Date.now() - started), 500);
  const done = await Promise.race([gaps.writeOrLog().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), left).unref())]);
  if (!done && pending) log.error("hook.events.not_recorded_at_exit", { calls: pending.count, firstAt: pending.firstAt.toISOString(), lastAt: pending.lastAt.toISOString() });
}
