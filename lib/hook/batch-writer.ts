export type BatchWriterOptions = {
  /** Rows in one statement at most. */
  maxBatch: number;
  /** Items waiting at most; past it new ones are refused (a hung database must not eat memory). */
  maxPending: number;
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

/**
 * Group commit: one write in flight at a time; whatever arrives meanwhile goes out together in
 * the next one. Idle, an item is written on the next turn of the event loop (no timer, no added
 * delay); under load, N calls cost one statement and one commit instead of N.
 */
export function createBatchWriter<T>(write: (items: T[]) => Promise<void>, options: BatchWriterOptions) {
  const queue: Batch<T>[] = []; // not yet handed to `write`; items join the last one
  let waiting = 0;
  let writing = false;

  async function drain(): Promise<void> {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      waiting -= batch.items.length;
      try {
        await write(batch.items);
        batch.settle();
      } catch (error) {
        batch.settle(error ?? new Error("write failed"));
      }
    }
    writing = false;
  }

  return {
    add(item: T): Added {
      if (waiting >= options.maxPending) {
        const written = Promise.reject(new BatchWriterFullError(options.maxPending));
        written.catch(() => undefined);
        return { written, opened: false };
      }
      let batch = queue.at(-1);
      const opened = !batch || batch.items.length >= options.maxBatch;
      if (opened) queue.push((batch = newBatch<T>()));
      batch!.items.push(item);
      waiting++;
      if (!writing) {
        writing = true; // taken now, so items added in this same turn join the first batch
        setImmediate(() => void drain());
      }
      return { written: batch!.written, opened };
    },
    /** Items not yet handed to `write` (for tests and diagnostics). */
    get waiting(): number {
      return waiting;
    },
  };
}
