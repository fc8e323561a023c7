// bench:mixed's figures for one window: what the caller saw, and what hook_events say of the route.
import type pg from "pg";
import { percentile, type LoadResult } from "@/scripts/soak/drive-load";

export type Window = { from: number; to: number };

/** Latencies of the calls sent inside `window` (epoch ms), sorted. */
function latenciesIn(load: LoadResult, window: Window, rate: number): Float64Array {
  const picked = Array.from(load.latenciesMs).filter((_, i) => {
    const sentAt = load.startedAt + (i * 1000) / rate;
    return sentAt >= window.from && sentAt <= window.to;
  });
  return Float64Array.from(picked).sort();
}

type ServerSide = { lookupFailures: number; routeP99: number };

/** From hook_events: the lookups that timed out or failed, and the p99 of the time spent inside the route. */
async function serverSide(pool: pg.Pool, window: Window): Promise<ServerSide> {
  const { rows } = await pool.query<{ failures: string; p99: number | null }>(
    `SELECT count(*) FILTER (WHERE outcome IN ('lookup_timeout', 'lookup_error')) AS failures,
            percentile_disc(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
     FROM hook_events WHERE occurred_at BETWEEN $1 AND $2`,
    // The calls sent in the window arrive within it (their answers may come later, their rows too).
    [new Date(window.from - 500), new Date(window.to + 500)],
  );
  return { lookupFailures: Number(rows[0]?.failures), routeP99: rows[0]?.p99 ?? 0 };
}

export type ResultRow = Awaited<ReturnType<typeof resultRow>>;

/** One line of the table: the calls sent in `window`, as the caller saw them and as the route did. */
export async function resultRow(pool: pg.Pool, load: LoadResult, window: Window, rate: number) {
  const sorted = latenciesIn(load, window, rate);
  const { lookupFailures, routeP99 } = await serverSide(pool, window);
  return {
    "calls in window": sorted.length,
    "unexpected / unanswered": load.unexpected,
    "p50 (ms)": Number(percentile(sorted, 50).toFixed(1)),
    "p99 (ms)": Number(percentile(sorted, 99).toFixed(1)),
    "max (ms)": Number(percentile(sorted, 100).toFixed(1)),
    // What the route itself took (HookEvent latency): the rest of p99 is waiting outside it (for the CPU, in queues).
    "p99 in the route (ms)": routeP99,
    "lookup timeouts + errors": lookupFailures,
  };
}
