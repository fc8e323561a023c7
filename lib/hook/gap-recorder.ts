import { describeError, log } from "@/lib/common/log";
import { nextRetryDelay, type RetryPolicy } from "./retry-policy";
import { createUnrecordedTally, type UnrecordedCalls } from "./unrecorded-calls";

/**
 * Counts the calls whose records were given up and writes them as one hook_event_gaps row as soon
 * as the database takes it: before the next batch of rows (the writers call `writePending`), or,
 * with no traffic, on a backoff timer. The tally is a few numbers, so it is kept until written.
 */
export function createGapRecorder(insertGap: (gap: UnrecordedCalls) => Promise<void>, retry: RetryPolicy) {
  const tally = createUnrecordedTally();
  let timer: NodeJS.Timeout | null = null;
  let attempts = 0;

  async function writePending(): Promise<void> {
    const gap = tally.take();
    if (!gap) return;
    try {
      await insertGap(gap);
      log.warn("hook.events.gap_recorded", {
        calls: gap.count,
        firstAt: gap.firstAt.toISOString(),
        lastAt: gap.lastAt.toISOString(),
        outcomes: Object.entries(gap.outcomes).map(([outcome, count]) => `${outcome}=${count}`),
      });
    } catch (error) {
      tally.restore(gap);
      throw error;
    }
  }

  function schedule() {
    if (timer) return;
    // Never given up: the tally is tiny; the backoff only spaces the attempts out.
    const delay = nextRetryDelay({ ...retry, giveUpAfterMs: Infinity }, ++attempts, 0) ?? retry.maxDelayMs;
    timer = setTimeout(() => {
      timer = null;
      writePending().then(
        () => (attempts = 0),
        () => schedule(),
      );
    }, delay);
    timer.unref?.();
  }

  return {
    /** A call whose record will never be written. */
    noteLost(outcome: string, occurredAt: Date) {
      tally.add(outcome, occurredAt);
      schedule();
    },
    /** A write failed now: the outage window is stated with the next record, even if no call is lost. */
    noteWriteFailure(at: Date) {
      tally.touch(at);
    },
    writePending,
    /** At exit: one last try; if the database is still away, the log keeps the numbers. */
    async writeOrLog(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      const pending = tally.peek();
      await writePending().catch((error: unknown) => {
        if (!pending) return;
        log.error("hook.events.not_recorded_at_exit", {
          calls: pending.count,
          firstAt: pending.firstAt.toISOString(),
          lastAt: pending.lastAt.toISOString(),
          outcomes: Object.entries(pending.outcomes).map(([outcome, count]) => `${outcome}=${count}`),
          reason: describeError(error),
        });
      });
    },
    peek: () => tally.peek(),
  };
}

export type GapRecorder = ReturnType<typeof createGapRecorder>;
