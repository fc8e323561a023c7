import { formatClock, formatMs } from "./format-stats";
import type { LatencyBucket } from "./stats-windows";

export type ChartPoint = { x: number; y: number; ms: number };
export type ChartSeries = { name: "p50" | "p95"; path: string; points: ChartPoint[] };

export type LatencyChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  series: ChartSeries[];
  /** The chart in one sentence, for the SVG's <desc> (screen readers). */
  summary: string;
};

const MARGIN = { left: 56, right: 12, top: 12, bottom: 28 };
const Y_TICKS = 4;
const X_LABELS = 6;

const round = (value: number) => Math.round(value * 10) / 10;

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 10 ms), so ticks are round numbers. */
export function niceCeiling(value: number): number {
  const target = Math.max(value, 10);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= target) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * SVG path data for one series; a bucket without calls ends the line and the next value starts a
 * new one ("M"), so the chart never draws through a gap as if there had been traffic.
 */
export function buildSeriesPath(points: readonly (ChartPoint | null)[]): string {
  let path = "";
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${path ? " " : ""}${drawing ? "L" : "M"}${point.x},${point.y}`;
    drawing = true;
  }
  return path;
}

function describe(buckets: readonly LatencyBucket[], bucketName: string): string {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return "No buckets.";
  const calls = buckets.reduce((sum, bucket) => sum + bucket.calls, 0);
  const span = `${buckets.length} ${bucketName} buckets from ${formatClock(first.start)} UTC to now`;
  if (calls === 0) return `${span}: no calls.`;
  const peak = buckets.reduce((best, bucket) => ((bucket.p95 ?? -1) > (best.p95 ?? -1) ? bucket : best), first);
  return `${span}: ${calls} calls. Highest p95 latency ${formatMs(peak.p95)} in the bucket starting ${formatClock(peak.start)} UTC.`;
}

/** Geometry for the latency chart: scales, axis ticks and the p50/p95 lines. */
export function buildLatencyChart(
  buckets: readonly LatencyBucket[],
  options: { width: number; height: number; bucketName: string },
): LatencyChart {
  const { width, height } = options;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const slot = (plot.right - plot.left) / Math.max(buckets.length, 1);
  const maxValue = buckets.reduce((max, bucket) => Math.max(max, bucket.p50 ?? 0, bucket.p95 ?? 0), 0);
  const yMax = niceCeiling(maxValue);
  const yOf = (ms: number) => round(plot.bottom - (ms / yMax) * (plot.bottom - plot.top));

  const yTicks = Array.from({ length: Y_TICKS + 1 }, (_, i) => {
    const ms = (yMax / Y_TICKS) * i;
    return { y: yOf(ms), label: formatMs(ms) };
  });
  const labelEvery = Math.max(1, Math.ceil(buckets.length / X_LABELS));
  const xTicks = buckets.flatMap((bucket, i) =>
    i % labelEvery === 0 ? [{ x: round(plot.left + i * slot), label: formatClock(bucket.start) }] : [],
  );

  const series = (["p50", "p95"] as const).map((name): ChartSeries => {
    const points = buckets.map((bucket, i) => {
      const ms = bucket[name];
      return ms === null ? null : { x: round(plot.left + (i + 0.5) * slot), y: yOf(ms), ms };
    });
    return { name, path: buildSeriesPath(points), points: points.filter((point) => point !== null) };
  });

  return { width, height, plot, yTicks, xTicks, series, summary: describe(buckets, options.bucketName) };
}
