/** How a failed write is retried: exponential backoff, capped, for a bounded time. */
export type RetryPolicy = {
  /** Wait after the first failure; doubles after each further one. */
  initialDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
  /** Once a write has failed for this long, it is given up (its items are counted as not recorded). */
  giveUpAfterMs: number;
};

/** The wait before the next attempt, or null when the write is to be given up. */
export function nextRetryDelay(policy: RetryPolicy, failedAttempts: number, failingForMs: number): number | null {
  if (failingForMs >= policy.giveUpAfterMs) return null;
  const backoff = policy.initialDelayMs * 2 ** Math.min(failedAttempts - 1, 30);
  return Math.min(backoff, policy.maxDelayMs, Math.max(policy.giveUpAfterMs - failingForMs, 0));
}
