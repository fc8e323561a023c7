import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/data/db";
import type { AccountedStats, WindowStats } from "./format-stats";
import { getHookEventGaps, getRefusalTotals } from "./get-hook-accounting";
import { ERROR_OUTCOMES, isErrorOutcomeKey } from "./hook-outcomes";
import { fillBuckets, planBuckets, type LatencyBucket, type LatencyRow, type StatsWindow } from "./stats-windows";

export type WindowActivity = { stats: AccountedStats; buckets: LatencyBucket[] };

// Times go in as Unix seconds and are turned into UTC timestamps in SQL: occurred_at is a
// timestamp without time zone holding UTC, so nothing depends on the session's TimeZone, and
// `occurred_at >= <constant>` still uses the occurred_at index.
const utcFromEpoch = (epochSeconds: number) => Prisma.sql`(to_timestamp(${epochSeconds}) AT TIME ZONE 'UTC')`;

async function getWindowStats(sinceEpochSeconds: number): Promise<WindowStats> {
  const [row] = await getDb().$queryRaw<WindowStats[]>`
    SELECT count(*)::int AS calls,
           (count(*) FILTER (WHERE outcome::text IN (${Prisma.join([...ERROR_OUTCOMES])})))::int AS errors,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
    FROM hook_events
    WHERE occurred_at >= ${utcFromEpoch(sinceEpochSeconds)}`;
  return row ?? { calls: 0, errors: 0, p50: null, p95: null, p99: null };
}

/** The recorded calls' figures plus the refused and the unrecorded calls of the same window. */
async function getAccountedStats(sinceEpochSeconds: number): Promise<AccountedStats> {
  const since = new Date(sinceEpochSeconds * 1000);
  const [recorded, refusals, gaps] = await Promise.all([getWindowStats(sinceEpochSeconds), getRefusalTotals(since), getHookEventGaps(since, 1_000)]);
  const refused = refusals.reduce((sum, r) => sum + r.count, 0);
  const unrecorded = gaps.reduce((sum, gap) => sum + gap.calls, 0);
  const unrecordedErrors = gaps.reduce(
    (sum, gap) => sum + Object.entries(gap.outcomes).reduce((n, [outcome, count]) => n + (isErrorOutcomeKey(outcome) ? count : 0), 0),
    0,
  );
  return {
    ...recorded,
    calls: recorded.calls + refused + unrecorded,
    errors: recorded.errors + refused + unrecordedErrors,
    recorded: recorded.calls,
    refused,
    unrecorded,
  };
}

async function getLatencyRows(startEpochSeconds: number, bucketSeconds: number): Promise<LatencyRow[]> {
  return getDb().$queryRaw<LatencyRow[]>`
    SELECT floor((extract(epoch FROM occurred_at) - ${startEpochSeconds}) / ${bucketSeconds})::int AS "bucketIndex",
           count(*)::int AS calls,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
    FROM hook_events
    WHERE occurred_at >= ${utcFromEpoch(startEpochSeconds)}
    GROUP BY 1
    ORDER BY 1`;
}

/** Calls, error rate and latency percentiles over the window, plus the buckets of its chart. */
export async function getHookStats(window: StatsWindow, now: Date): Promise<WindowActivity> {
  const plan = planBuckets(now, window);
  const [stats, rows] = await Promise.all([
    getAccountedStats(Math.floor(now.getTime() / 1000) - window.seconds),
    getLatencyRows(plan.startEpochSeconds, plan.bucketSeconds),
  ]);
  return { stats, buckets: fillBuckets(plan, rows) };
}
