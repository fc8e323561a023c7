import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/common/log";
import { createGapRecorder } from "./gap-recorder";
import type { UnrecordedCalls } from "./unrecorded-calls";

const retry = { initialDelayMs: 100, maxDelayMs: 1_000, giveUpAfterMs: 10_000 };
const at = (second: number) => new Date(Date.UTC(2026, 11, 3, 10, 0, second));

function database() {
  let isUp = false;
  const gaps: UnrecordedCalls[] = [];
  return {
    gaps,
    up: () => (isUp = true),
    down: () => (isUp = false),
    insert: async (gap: UnrecordedCalls) => {
      if (!isUp) throw new Error("connect ECONNREFUSED");
      gaps.push(structuredClone(gap));
    },
  };
}

describe("createGapRecorder", () => {
  afterEach(() => vi.useRealTimers());

  it("states every lost call in one record: how many, by outcome, first and last time", async () => {
    const db = database();
    const recorder = createGapRecorder(db.insert, retry);
    recorder.noteLost("lookup_error", at(5));
    recorder.noteLost("lookup_error", at(1));
    recorder.noteLost("refused:wrong_secret", at(9));
    await expect(recorder.writePending()).rejects.toThrow("ECONNREFUSED");
    recorder.noteLost("no_patient", at(12)); // lost while the first write failed: joins the same record
    db.up();
    await recorder.writePending();
    expect(db.gaps).toEqual([
      { count: 4, outcomes: { lookup_error: 2, "refused:wrong_secret": 1, no_patient: 1 }, firstAt: at(1), lastAt: at(12) },
    ]);
    expect(recorder.peek()).toBeNull();
    await recorder.writePending(); // nothing left: no second, empty record
    expect(db.gaps).toHaveLength(1);
  });

  it("with no later traffic, writes the record by itself once the database is back", async () => {
    vi.useFakeTimers();
    const db = database();
    const recorder = createGapRecorder(db.insert, retry);
    recorder.noteLost("lookup_error", at(0));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(db.gaps).toHaveLength(0);
    expect(recorder.peek()?.count).toBe(1);
    db.up();
    await vi.advanceTimersByTimeAsync(retry.maxDelayMs);
    expect(db.gaps.map((gap) => gap.count)).toEqual([1]);
  });

  it("at exit, logs the counts it could not write rather than losing them silently", async () => {
    const db = database();
    const recorder = createGapRecorder(db.insert, retry);
    const errors = vi.spyOn(log, "error").mockImplementation(() => undefined);
    recorder.noteLost("patched", at(3));
    await recorder.writeOrLog();
    expect(errors.mock.calls.at(-1)).toEqual(["hook.events.not_recorded_at_exit", expect.objectContaining({ calls: 1, outcomes: ["patched=1"] })]);
    errors.mockRestore();
  });

  it("states an outage whose rows were all written late: its window, and 0 calls lost", async () => {
    const db = database();
    const recorder = createGapRecorder(db.insert, retry);
    recorder.noteWriteFailure(at(2));
    recorder.noteWriteFailure(at(40));
    db.up();
    await recorder.writePending();
    expect(db.gaps).toEqual([{ count: 0, outcomes: {}, firstAt: at(2), lastAt: at(40) }]);
  });
});
