/** Once an hour is plenty for a 30-day window, and keeps the delete off almost every call. */
export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the events that occurred before the cutoff and says how many: tests pass a fake. */
export type DeleteEventsBefore = (cutoff: Date) => Promise<number>;

/**
 * A pruner that deletes HookEvents older than `retentionDays`, at most once per interval per
 * process. Called from the record path (inside `after()`), never while Okta waits. The slot is
 * taken before the delete starts, so a burst of calls runs one delete, not one each; a failed
 * delete is retried an interval later rather than on every call during an outage.
 */
export function createHookEventPruner(intervalMs = PRUNE_INTERVAL_MS) {
  let lastStarted = Number.NEGATIVE_INFINITY;
  return async function pruneIfDue(deleteBefore: DeleteEventsBefore, retentionDays: number, now = Date.now()): Promise<number | null> {
    if (now - lastStarted < intervalMs) return null;
    lastStarted = now;
    return deleteBefore(new Date(now - retentionDays * DAY_MS));
  };
}

/** The process's pruner (module state: one per server process). */
export const pruneHookEventsIfDue = createHookEventPruner();
