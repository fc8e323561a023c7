import { describe, expect, it } from "vitest";
import { buildLatencyChart, buildSeriesPath, niceCeiling } from "./build-latency-chart";
import { fillBuckets, planBuckets, STATS_WINDOWS } from "./stats-windows";

describe("niceCeiling", () => {
  it("rounds up to 1, 2 or 5 × 10ⁿ, at least 10 ms", () => {
    expect([0, 7, 10, 11, 101, 240, 999, 1001, 3000].map(niceCeiling)).toEqual([10, 10, 10, 20, 200, 500, 1000, 2000, 5000]);
  });
});

describe("buildSeriesPath", () => {
  it("breaks the line where a bucket has no calls instead of drawing through the gap", () => {
    const path = buildSeriesPath([{ x: 1, y: 2, ms: 0 }, { x: 3, y: 4, ms: 0 }, null, { x: 5, y: 6, ms: 0 }]);
    expect(path).toBe("M1,2 L3,4 M5,6");
    expect(buildSeriesPath([null, null])).toBe("");
  });
});

describe("buildLatencyChart", () => {
  const plan = planBuckets(new Date("2026-05-01T10:02:30Z"), STATS_WINDOWS.hour);
  const buckets = fillBuckets(plan, [
    { bucketIndex: 0, calls: 3, p50: 20, p95: 80 },
    { bucketIndex: 1, calls: 1, p50: 40, p95: 40 },
    { bucketIndex: 11, calls: 2, p50: 10, p95: 150 },
  ]);
  const chart = buildLatencyChart(buckets, { width: 600, height: 200, bucketName: "5-minute" });

  it("scales y to a round maximum above the highest p95, with 0 at the bottom of the plot", () => {
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(["0 ms", "50 ms", "100 ms", "150 ms", "200 ms"]);
    expect(chart.yTicks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.yTicks[4]?.y).toBe(chart.plot.top);
  });

  it("draws p50 and p95 with one point per bucket that had calls, a gap elsewhere", () => {
    const p95 = chart.series.find((series) => series.name === "p95");
    expect(p95?.points.map((point) => point.ms)).toEqual([80, 40, 150]);
    expect(p95?.path.match(/M/g)).toHaveLength(2);
    const [first, , last] = p95?.points ?? [];
    expect(first!.x).toBeLessThan(last!.x);
    expect(last!.y).toBeLessThan(first!.y); // higher latency is drawn higher up
  });

  it("labels the time axis in UTC clock time and summarises the chart for screen readers", () => {
    expect(chart.xTicks[0]?.label).toBe("09:05");
    expect(chart.xTicks.length).toBeLessThanOrEqual(6);
    expect(chart.summary).toBe(
      "12 5-minute buckets from 09:05 UTC to now: 6 calls. Highest p95 latency 150 ms in the bucket starting 10:00 UTC.",
    );
  });

  it("says there were no calls when every bucket is empty", () => {
    const empty = buildLatencyChart(fillBuckets(plan, []), { width: 600, height: 200, bucketName: "5-minute" });
    expect(empty.series.every((series) => series.path === "")).toBe(true);
    expect(empty.summary).toMatch(/no calls\.$/);
  });
});
