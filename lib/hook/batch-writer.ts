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

type Pending<T> = { item: T; done: () => void; failed: (error: unknown) => void };

/**
 * Group commit: one write in flight at a time; whatever arrives meanwhile goes out together in
 * the next one. Idle, an item is written on the next turn of the event loop (no timer, no added
 * delay); under load, N calls cost one statement and one commit instead of N. `add` settles when
 * the write holding its item has.
 */
export function createBatchWriter<T>(write: (items: T[]) => Promise<void>, options: BatchWriterOptions) {
  let pending: Pending<T>[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (pending.length > 0) {
      const batch = pending.slice(0, options.maxBatch);
      pending = pending.slice(batch.length);
      try {
        await write(batch.map((entry) => entry.item));
        for (const entry of batch) entry.done();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
    writing = false;
  }

  return {
    add(item: T): Promise<void> {
      if (pending.length >= options.maxPending) return Promise.reject(new BatchWriterFullError(options.maxPending));
      return new Promise<void>((done, failed) => {
        pending.push({ item, done, failed });
        if (!writing) {
          writing = true; // taken now, so items added in this same turn join the first batch
          setImmediate(() => void drain());
        }
      });
    },
    /** Items not yet handed to `write` (for tests and diagnostics). */
    get waiting(): number {
      return pending.length;
    },
  };
}
