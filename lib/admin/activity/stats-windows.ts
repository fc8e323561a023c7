/** The two windows the activity page summarises, each drawn as a chart of equal-width buckets. */
export const STATS_WINDOWS = {
  hour: { title: "Last hour", seconds: 60 * 60, bucketSeconds: 5 * 60, bucketName: "5-minute" },
  day: { title: "Last 24 hours", seconds: 24 * 60 * 60, bucketSeconds: 60 * 60, bucketName: "1-hour" },
} as const;

export type StatsWindowKey = keyof typeof STATS_WINDOWS;
export type StatsWindow = (typeof STATS_WINDOWS)[StatsWindowKey];

/** Where bucket 0 starts (Unix seconds) and how many buckets the chart has. */
export type BucketPlan = { startEpochSeconds: number; bucketSeconds: number; count: number };

/**
 * Buckets aligned to whole bucket boundaries (09:05, 09:10… or 09:00, 10:00…) so the axis reads
 * naturally; the last bucket is the current, still-filling one.
 */
export function planBuckets(now: Date, window: StatsWindow): BucketPlan {
  const count = window.seconds / window.bucketSeconds;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const currentStart = Math.floor(nowSeconds / window.bucketSeconds) * window.bucketSeconds;
  return { startEpochSeconds: currentStart - (count - 1) * window.bucketSeconds, bucketSeconds: window.bucketSeconds, count };
}

export type LatencyBucket = { start: Date; calls: number; p50: number | null; p95: number | null };
export type LatencyRow = { bucketIndex: number; calls: number; p50: number | null; p95: number | null };

/** One bucket per slot of the plan; slots without calls stay empty (null), so lines break there. */
export function fillBuckets(plan: BucketPlan, rows: readonly LatencyRow[]): LatencyBucket[] {
  const byIndex = new Map(rows.map((row) => [row.bucketIndex, row]));
  return Array.from({ length: plan.count }, (_, index) => {
    const row = byIndex.get(index);
    return {
      start: new Date((plan.startEpochSeconds + index * plan.bucketSeconds) * 1000),
      calls: row?.calls ?? 0,
      p50: row?.p50 ?? null,
      p95: row?.p95 ?? null,
    };
  });
}
