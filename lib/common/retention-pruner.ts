/** Once an hour is plenty for retention windows counted in days, and keeps the delete off almost every call. */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the rows older than the cutoff and says how many: tests pass a fake. */
export type DeleteBefore = (cutoff: Date) => Promise<number>;

/**
 * A pruner that deletes rows older than `retentionDays`, at most once per interval: each caller
 * (the hook's events, the audit log's access entries) keeps one in module state, one per server
 * process. The slot is taken before the delete starts, so a burst of calls runs one delete, not
 * one each; a failed delete rejects (the caller logs it) and is retried an interval later rather
 * than on every call during an outage. Returns the count deleted, or null when it was not due.
 */
export function createRetentionPruner(intervalMs = PRUNE_INTERVAL_MS) {
  let lastStarted = Number.NEGATIVE_INFINITY;
  return async function pruneIfDue(deleteBefore: DeleteBefore, retentionDays: number, now = Date.now()): Promise<number | null> {
    if (now - lastStarted < intervalMs) return null;
    lastStarted = now;
    return deleteBefore(new Date(now - retentionDays * DAY_MS));
  };
}
