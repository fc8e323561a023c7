import { nextRetryDelay, type RetryPolicy } from "./retry-policy";

export type BatchWriterOptions = {
  /** Rows in one statement at most. */
  maxBatch: number;
  /** Items waiting at most (retried ones included); past it new ones are refused, so memory stays bounded. */
  maxPending: number;
  /** How a failed write is retried; without it a failed batch is given up at once. */
  retry?: RetryPolicy;
  /** Time is injectable so tests can run the backoff without waiting. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

export class BatchWriterFullError extends Error {
  constructor(maxPending: number) {
    super(`${maxPending} writes are already waiting for the database`);
  }
}

type Batch<T> = { items: T[]; written: Promise<void>; settle(error?: unknown): void };

export type Added = {
  /** Settles when the write holding the item has: shared by every item of its batch. */
  written: Promise<void>;
  /** True for the first item of a batch: its caller keeps the process alive until `written`. */
  opened: boolean;
};

function newBatch<T>(): Batch<T> {
  let settle!: Batch<T>["settle"];
  const written = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  written.catch(() => undefined); // callers that only keep the process alive need not handle it
  return { items: [], written, settle };
}

// At shutdown, a failing write is tried again this often until flush()'s deadline.
const FLUSH_RETRY_MS = 100;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/**
 * Group commit: one write in flight at a time; whatever arrives meanwhile goes out together in
 * the next one. Idle, an item is written on the next turn of the event loop (no timer, no added
 * delay); under load, N calls cost one statement and one commit instead of N.
 *
 * A failed write is retried with backoff (`retry`) while its items keep their place and keep
 * counting against `maxPending`; the batch is given up (its `written` rejects) only once the
 * policy's time is spent, or when `flush` (shutdown) runs out of time: flush ends any backoff wait
 * and tries every 100 ms until its deadline.
 */
export function createBatchWriter<T>(write: (items: T[]) => Promise<void>, options: BatchWriterOptions) {
  const queue: Batch<T>[] = []; // not yet written; items join the last one
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  let waiting = 0;
  let writing = false;
  let draining: Promise<void> = Promise.resolve();
  let flushDeadline: number | null = null; // set by flush(): retry briefly until then, then give up
  let wake: (() => void) | null = null; // ends a backoff wait early (flush wants the write now)
  let failingSince: number | null = null;
  let inFlight: Batch<T> | null = null;

  async function writeWithRetry(batch: Batch<T>): Promise<void> {
    inFlight = batch;
    for (let attempt = 1; ; attempt++) {
      if (queue[0] !== batch) return; // given up by flush() at its deadline: already settled
      try {
        await write(batch.items);
        failingSince = null;
        return batch.settle();
      } catch (error) {
        failingSince ??= now();
        const delay = retryDelay(attempt, now() - failingSince);
        if (delay === null) {
          failingSince = null; // the next batch gets its own retry time
          return batch.settle(error ?? new Error("write failed"));
        }
        await Promise.race([sleep(delay), new Promise<void>((resolve) => (wake = resolve))]);
        wake = null;
      }
    }
  }

  function retryDelay(attempt: number, failingForMs: number): number | null {
    if (flushDeadline !== null) return now() < flushDeadline ? FLUSH_RETRY_MS : null;
    return options.retry ? nextRetryDelay(options.retry, attempt, failingForMs) : null;
  }

  async function drain(): Promise<void> {
    for (let batch = queue[0]; batch; batch = queue[0]) {
      await writeWithRetry(batch);
      inFlight = null;
      if (queue[0] !== batch) continue; // given up by flush() meanwhile: already settled and uncounted
      queue.shift();
      waiting -= batch.items.length;
    }
    writing = false;
  }

  function start() {
    writing = true; // taken now, so items added in this same turn join the first batch
    draining = new Promise<void>((resolve) => setImmediate(() => void drain().then(resolve)));
  }

  return {
    add(item: T): Added {
      if (waiting >= options.maxPending) {
        const written = Promise.reject(new BatchWriterFullError(options.maxPending));
        written.catch(() => undefined);
        return { written, opened: false };
      }
      // The batch being written (or retried) never grows: what is in flight stays fixed.
      let batch = queue.at(-1);
      if (batch === inFlight) batch = undefined;
      const opened = !batch || batch.items.length >= options.maxBatch;
      if (opened) queue.push((batch = newBatch<T>()));
      batch!.items.push(item);
      waiting++;
      if (!writing) start();
      return { written: batch!.written, opened };
    },
    /**
     * Writes what waits, without retrying past `deadlineMs` (shutdown): resolves when the queue is
     * empty or the time is up; what is still unwritten then is given up (rejected), never lost silently.
     */
    async flush(deadlineMs: number): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<"time-up">((resolve) => (timer = setTimeout(() => resolve("time-up"), deadlineMs)));
      flushDeadline = now() + deadlineMs;
      wake?.(); // a batch in a backoff wait tries again now
      try {
        if (writing && (await Promise.race([draining, timeUp])) === "time-up") {
          for (const batch of queue.splice(0)) batch.settle(new Error("shutting down before the database answered"));
          waiting = 0;
        }
      } finally {
        clearTimeout(timer);
        flushDeadline = null;
      }
    },
    /** Items not yet written, retried ones included (for tests and diagnostics). */
    get waiting(): number {
      return waiting;
    },
    /** Whether the write at the head of the queue is failing and being retried. */
    get isRetrying(): boolean {
      return failingSince !== null;
    },
  };
}
