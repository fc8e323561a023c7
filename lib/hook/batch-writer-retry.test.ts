import { describe, expect, it } from "vitest";
import { BatchWriterFullError, createBatchWriter } from "./batch-writer";
import { nextRetryDelay } from "./retry-policy";

const turn = () => new Promise((resolve) => setImmediate(resolve));
const retry = { initialDelayMs: 100, maxDelayMs: 400, giveUpAfterMs: 1_000 };

/** A database that refuses until `up()`; sleeps are recorded and return at once (no real waiting). */
function flakyDatabase() {
  let isUp = false;
  const written: number[][] = [];
  const attempts: number[][] = [];
  const sleeps: number[] = [];
  let clock = 0;
  return {
    written,
    attempts,
    sleeps,
    up: () => (isUp = true),
    now: () => clock,
    write: async (items: number[]) => {
      attempts.push([...items]);
      if (!isUp) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      written.push([...items]);
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
      await turn();
    },
  };
}

describe("nextRetryDelay", () => {
  it("doubles from the first wait up to the cap, and gives up once the time is spent", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => nextRetryDelay(retry, attempt, 0))).toEqual([100, 200, 400, 400, 400]);
    expect(nextRetryDelay(retry, 9, 900)).toBe(100); // the last wait ends when the time is up
    expect(nextRetryDelay(retry, 10, 1_000)).toBeNull();
  });
});

describe("createBatchWriter with retry", () => {
  it("retries a failed write with backoff and writes the same rows once the database is back", async () => {
    const db = flakyDatabase();
    const writer = createBatchWriter(db.write, { maxBatch: 100, maxPending: 100, retry: { ...retry, giveUpAfterMs: 60_000 }, sleep: db.sleep, now: db.now });
    const added = [writer.add(1), writer.add(2)];
    while (db.attempts.length < 4) await turn();
    expect(writer.isRetrying).toBe(true);
    expect(writer.waiting).toBe(2); // still held, not dropped
    const later = writer.add(3); // arrives during the outage: next batch, the retried one stays as it was
    db.up();
    await Promise.all([...added, later].map((a) => a.written));
    expect(db.written).toEqual([[1, 2], [3]]);
    expect(db.sleeps.slice(0, 3)).toEqual([100, 200, 400]);
    expect(writer.waiting).toBe(0);
    expect(writer.isRetrying).toBe(false);
  });

  it("keeps memory bounded during an outage: at most maxPending rows wait, later ones are refused", async () => {
    const db = flakyDatabase();
    const writer = createBatchWriter(db.write, { maxBatch: 2, maxPending: 3, retry: { ...retry, giveUpAfterMs: 60_000 }, sleep: db.sleep, now: db.now });
    const kept = [writer.add(1), writer.add(2)];
    await turn();
    kept.push(writer.add(3));
    const refused = [writer.add(4), writer.add(5)];
    for (const r of refused) await expect(r.written).rejects.toBeInstanceOf(BatchWriterFullError);
    expect(writer.waiting).toBe(3);
    db.up();
    await Promise.all(kept.map((a) => a.written));
    expect(db.written.flat()).toEqual([1, 2, 3]);
  });

  it("gives a batch up once the retry time is spent, and goes on with the next", async () => {
    const db = flakyDatabase();
    const writer = createBatchWriter(db.write, { maxBatch: 100, maxPending: 100, retry, sleep: db.sleep, now: db.now });
    const first = writer.add(1);
    await turn();
    const second = writer.add(2);
    await expect(first.written).rejects.toThrow("ECONNREFUSED");
    expect(db.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(retry.giveUpAfterMs - retry.maxDelayMs);
    db.up();
    await second.written;
    expect(db.written).toEqual([[2]]);
  });

  it("flush at shutdown stops retrying and gives up what the deadline leaves unwritten", async () => {
    const db = flakyDatabase();
    const writer = createBatchWriter(db.write, { maxBatch: 100, maxPending: 100, retry: { ...retry, giveUpAfterMs: 60_000 }, sleep: db.sleep, now: db.now });
    const added = [writer.add(1), writer.add(2)];
    await writer.flush(200);
    for (const a of added) await expect(a.written).rejects.toThrow();
    expect(writer.waiting).toBe(0);
  });

  it("flush at shutdown writes what waits when the database answers", async () => {
    const db = flakyDatabase();
    db.up();
    const writer = createBatchWriter(db.write, { maxBatch: 100, maxPending: 100, retry, sleep: db.sleep, now: db.now });
    const added = [writer.add(1), writer.add(2)];
    await writer.flush(1_000);
    await Promise.all(added.map((a) => a.written));
    expect(db.written).toEqual([[1, 2]]);
  });

  it("flush at shutdown ends a long backoff wait and writes at once once the database is back", async () => {
    const db = flakyDatabase();
    // A real sleep of a minute: without flush waking it, the rows would still be waiting.
    const writer = createBatchWriter(db.write, { maxBatch: 100, maxPending: 100, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000, giveUpAfterMs: 600_000 } });
    const added = [writer.add(1), writer.add(2)];
    while (db.attempts.length < 1) await turn();
    db.up();
    const started = Date.now();
    await writer.flush(2_000);
    await Promise.all(added.map((a) => a.written));
    expect(db.written).toEqual([[1, 2]]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
