/**
 * Requests per API client: a token bucket per client ID holding up to `perMinute` requests and
 * refilled at `perMinute` a minute, so a client may burst and then keeps to its rate. Per server
 * instance (each serverless instance counts its own): it protects the database from one runaway
 * client; it is not a billing meter.
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

// Idle clients' buckets are full again and carry no state worth keeping.
const MAX_TRACKED_CLIENTS = 10_000;

export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;

  function take(clientId: string): RateDecision {
    const time = now();
    const bucket = buckets.get(clientId) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (!buckets.has(clientId) && buckets.size >= MAX_TRACKED_CLIENTS) forgetFullBuckets(time);
      buckets.set(clientId, bucket);
      return { allowed: true };
    }
    buckets.set(clientId, bucket);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  function forgetFullBuckets(time: number): void {
    for (const [id, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(id);
    }
  }

  return { take };
}
