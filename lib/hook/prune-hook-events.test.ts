import { describe, expect, it } from "vitest";
import { createHookEventPruner, PRUNE_INTERVAL_MS, type DeleteEventsBefore } from "./prune-hook-events";

function fakeTable() {
  const cutoffs: Date[] = [];
  const table: DeleteEventsBefore = async (cutoff) => {
    cutoffs.push(cutoff);
    return 3;
  };
  return { table, cutoffs };
}

describe("createHookEventPruner", () => {
  it("deletes events older than the retention window", async () => {
    const { table, cutoffs } = fakeTable();
    const now = Date.parse("2026-03-31T12:00:00Z");
    expect(await createHookEventPruner()(table, 30, now)).toBe(3);
    expect(cutoffs).toEqual([new Date("2026-03-01T12:00:00Z")]);
  });

  it("runs at most once per interval, however many calls arrive", async () => {
    const { table, cutoffs } = fakeTable();
    const prune = createHookEventPruner();
    const now = 1_000_000_000_000;
    const burst = await Promise.all([prune(table, 30, now), prune(table, 30, now + 1), prune(table, 30, now + PRUNE_INTERVAL_MS - 1)]);
    expect(burst).toEqual([3, null, null]);
    expect(await prune(table, 30, now + PRUNE_INTERVAL_MS)).toBe(3);
    expect(cutoffs).toHaveLength(2);
  });

  it("does not retry a failed delete on every call", async () => {
    let attempts = 0;
    const failing: DeleteEventsBefore = async () => {
      attempts++;
      throw new Error("database down");
    };
    const prune = createHookEventPruner();
    await expect(prune(failing, 30, 0)).rejects.toThrow("database down");
    expect(await prune(failing, 30, 1_000)).toBeNull();
    expect(attempts).toBe(1);
  });
});
