import { describe, expect, it } from "vitest";
import { createRetentionPruner, PRUNE_INTERVAL_MS, type DeleteBefore } from "./retention-pruner";

function fakeTable() {
  const cutoffs: Date[] = [];
  const table: DeleteBefore = async (cutoff) => {
    cutoffs.push(cutoff);
    return 3;
  };
  return { table, cutoffs };
}

describe("createRetentionPruner", () => {
  it("deletes rows older than the retention window", async () => {
    const { table, cutoffs } = fakeTable();
    const now = Date.parse("2026-03-31T12:00:00Z");
    expect(await createRetentionPruner()(table, 30, now)).toBe(3);
    expect(cutoffs).toEqual([new Date("2026-03-01T12:00:00Z")]);
  });

  it("runs at most once per interval, however many calls arrive", async () => {
    const { table, cutoffs } = fakeTable();
    const prune = createRetentionPruner();
    const now = 1_000_000_000_000;
    const burst = await Promise.all([prune(table, 30, now), prune(table, 30, now + 1), prune(table, 30, now + PRUNE_INTERVAL_MS - 1)]);
    expect(burst).toEqual([3, null, null]);
    expect(await prune(table, 30, now + PRUNE_INTERVAL_MS)).toBe(3);
    expect(cutoffs).toHaveLength(2);
  });

  it("does not retry a failed delete on every call, but an interval later", async () => {
    let attempts = 0;
    const failing: DeleteBefore = async () => {
      attempts++;
      throw new Error("database down");
    };
    const prune = createRetentionPruner();
    await expect(prune(failing, 30, 0)).rejects.toThrow("database down");
    expect(await prune(failing, 30, 1_000)).toBeNull();
    expect(attempts).toBe(1);
    await expect(prune(failing, 30, PRUNE_INTERVAL_MS)).rejects.toThrow("database down");
    expect(attempts).toBe(2);
  });

  it("keeps one slot per pruner: the hook's and the audit log's do not share it", async () => {
    const { table, cutoffs } = fakeTable();
    const [events, access] = [createRetentionPruner(), createRetentionPruner()];
    expect(await events(table, 30, 0)).toBe(3);
    expect(await access(table, 1, 0)).toBe(3);
    expect(cutoffs).toEqual([new Date(-30 * 86_400_000), new Date(-86_400_000)]);
  });
});
