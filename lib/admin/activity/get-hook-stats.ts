import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/data/db";
import type { WindowStats } from "./format-stats";
import { ERROR_OUTCOMES } from "./hook-outcomes";
import { fillBuckets, planBuckets, type LatencyBucket, type LatencyRow, type StatsWindow } from "./stats-windows";

export type WindowActivity = { stats: WindowStats; buckets: LatencyBucket[] };

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
    getWindowStats(Math.floor(now.getTime() / 1000) - window.seconds),
    getLatencyRows(plan.startEpochSeconds, plan.bucketSeconds),
  ]);
  return { stats, buckets: fillBuckets(plan, rows) };
}
