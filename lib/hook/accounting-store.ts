import "server-only";
import { getHookPool, getPool } from "@/lib/data/db-pool";
import type { RefusalCount } from "./refusal-counts";
import type { UnrecordedCalls } from "./unrecorded-calls";

/*
 * The statements that account for calls without a hook_events row, sent as raw SQL through the
 * hook's own pg pool like lib/hook/hook-store.ts (the hook's path never loads Prisma); retention
 * deletes go through the shared pool. Times are stored as UTC
 * without a zone, as Prisma reads them.
 */

/** One hook_event_gaps row: how many calls went unrecorded, by outcome, between which times. */
export async function insertEventGap(gap: UnrecordedCalls): Promise<void> {
  await getHookPool().query(
    `INSERT INTO hook_event_gaps (first_at, last_at, calls, outcomes)
     VALUES ($1::timestamptz AT TIME ZONE 'UTC', $2::timestamptz AT TIME ZONE 'UTC', $3, $4::jsonb)`,
    [gap.firstAt.toISOString(), gap.lastAt.toISOString(), gap.count, JSON.stringify(gap.outcomes)],
  );
}

// Adds each (minute, reason) count to the row already there, if any; one statement for the lot.
const UPSERT_REFUSALS = `
  INSERT INTO hook_refusals (minute, reason, count, last_at)
  SELECT minute AT TIME ZONE 'UTC', reason::hook_refusal_reason, count, last_at AT TIME ZONE 'UTC'
  FROM unnest($1::timestamptz[], $2::text[], $3::int[], $4::timestamptz[]) AS r(minute, reason, count, last_at)
  ON CONFLICT (minute, reason) DO UPDATE
    SET count = hook_refusals.count + excluded.count,
        last_at = greatest(hook_refusals.last_at, excluded.last_at)`;

/** Adds refused calls to their per-minute counts. */
export async function upsertRefusalCounts(counts: RefusalCount[]): Promise<void> {
  await getHookPool().query(UPSERT_REFUSALS, [
    counts.map((c) => c.minute.toISOString()),
    counts.map((c) => c.reason),
    counts.map((c) => c.count),
    counts.map((c) => c.lastAt.toISOString()),
  ]);
}

/** Deletes gaps and refusal counts older than `cutoff` (the hook_events retention); returns how many. */
export async function deleteAccountingBefore(cutoff: Date): Promise<number> {
  const at = cutoff.toISOString();
  const pool = getPool();
  const gaps = await pool.query("DELETE FROM hook_event_gaps WHERE last_at < $1::timestamptz AT TIME ZONE 'UTC'", [at]);
  const refusals = await pool.query("DELETE FROM hook_refusals WHERE last_at < $1::timestamptz AT TIME ZONE 'UTC'", [at]);
  return (gaps.rowCount ?? 0) + (refusals.rowCount ?? 0);
}
