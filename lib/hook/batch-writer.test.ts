import { describe, expect, it } from "vitest";
import { BatchWriterFullError, createBatchWriter } from "./batch-writer";

/** A write we finish by hand, recording each batch it was given. */
function controlledWrite() {
  const batches: number[][] = [];
  const finishers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items);
      finishers.push({ resolve, reject });
    });
  return { write, batches, finishers };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("createBatchWriter", () => {
  it("writes the items of one turn together, and those arriving during a write in the next batch", async () => {
    const { write, batches, finishers } = controlledWrite();
    const writer = createBatchWriter(write, { maxBatch: 100, maxPending: 1_000 });
    const first = [writer.add(1), writer.add(2)];
    await turn();
    expect(batches).toEqual([[1, 2]]);
    const second = [writer.add(3), writer.add(4), writer.add(5)];
    await turn();
    expect(batches).toHaveLength(1); // one write in flight at a time
    expect(writer.waiting).toBe(5); // the batch in flight counts until written: a retry keeps it in memory
    finishers[0]!.resolve();
    await Promise.all(first.map((added) => added.written));
    await turn();
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
    finishers[1]!.resolve();
    await Promise.all(second.map((added) => added.written));
    expect(writer.waiting).toBe(0);
  });

  it("marks exactly the first item of each batch as the one that opened it", async () => {
    const { write, finishers } = controlledWrite();
    const writer = createBatchWriter(write, { maxBatch: 2, maxPending: 1_000 });
    const added = [1, 2, 3, 4, 5].map((n) => writer.add(n));
    expect(added.map((a) => a.opened)).toEqual([true, false, true, false, true]);
    // Items of one batch share its promise: the opener's keep-alive covers them all.
    expect(added[1]!.written).toBe(added[0]!.written);
    await turn();
    const later = writer.add(6); // joins the open batch [5]; [1, 2] is in flight
    expect(later.opened).toBe(false);
    for (let i = 0; i < 3; i++) {
      finishers[i]!.resolve();
      await turn();
    }
    await Promise.all([...added, later].map((a) => a.written));
  });

  it("splits a backlog into batches of at most maxBatch", async () => {
    const { write, batches, finishers } = controlledWrite();
    const writer = createBatchWriter(write, { maxBatch: 2, maxPending: 1_000 });
    const all = [1, 2, 3, 4, 5].map((n) => writer.add(n));
    for (let i = 0; i < 3; i++) {
      await turn();
      finishers[i]!.resolve();
    }
    await Promise.all(all.map((added) => added.written));
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("rejects every item of a failed write, and goes on with the next batch", async () => {
    const { write, batches, finishers } = controlledWrite();
    const writer = createBatchWriter(write, { maxBatch: 100, maxPending: 1_000 });
    const failed = [writer.add(1), writer.add(2)];
    await turn();
    const later = writer.add(3);
    finishers[0]!.reject(new Error("database down"));
    await expect(failed[0]!.written).rejects.toThrow("database down");
    await expect(failed[1]!.written).rejects.toThrow("database down");
    await turn();
    finishers[1]!.resolve();
    await later.written;
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it("refuses new items once maxPending are unwritten (the one in flight included), instead of growing without bound", async () => {
    const { write, batches, finishers } = controlledWrite();
    const writer = createBatchWriter(write, { maxBatch: 1, maxPending: 3 });
    const inFlight = writer.add(1);
    await turn(); // 1 is being written; 2 and 3 wait
    const waiting = [writer.add(2), writer.add(3)];
    const refused = writer.add(4);
    expect(refused.opened).toBe(false);
    await expect(refused.written).rejects.toBeInstanceOf(BatchWriterFullError);
    for (let i = 0; i < 3; i++) {
      finishers[i]!.resolve();
      await turn();
    }
    await Promise.all([inFlight, ...waiting].map((added) => added.written));
    expect(batches).toEqual([[1], [2], [3]]);
  });
});
