import { describe, expect, it } from "vitest";
import { fillBuckets, planBuckets, STATS_WINDOWS } from "./stats-windows";

describe("planBuckets", () => {
  it("aligns the hour to 5-minute boundaries, ending with the current bucket", () => {
    const plan = planBuckets(new Date("2026-05-01T10:02:30Z"), STATS_WINDOWS.hour);
    expect(plan).toEqual({ startEpochSeconds: Date.parse("2026-05-01T09:05:00Z") / 1000, bucketSeconds: 300, count: 12 });
  });

  it("aligns the day to whole hours", () => {
    const plan = planBuckets(new Date("2026-05-01T10:59:59Z"), STATS_WINDOWS.day);
    expect(new Date(plan.startEpochSeconds * 1000).toISOString()).toBe("2026-04-30T11:00:00.000Z");
    expect(plan.count).toBe(24);
  });
});

describe("fillBuckets", () => {
  it("puts each row in its slot and leaves slots without calls empty", () => {
    const plan = planBuckets(new Date("2026-05-01T10:00:00Z"), STATS_WINDOWS.hour);
    const buckets = fillBuckets(plan, [{ bucketIndex: 2, calls: 4, p50: 12, p95: 30 }]);
    expect(buckets).toHaveLength(12);
    expect(buckets[2]).toEqual({ start: new Date("2026-05-01T09:15:00Z"), calls: 4, p50: 12, p95: 30 });
    expect(buckets[3]).toMatchObject({ calls: 0, p50: null, p95: null });
  });
});
