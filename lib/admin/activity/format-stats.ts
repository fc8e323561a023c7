/** Calls, errors and latency percentiles (ms) over one window; percentiles are null without calls. */
export type WindowStats = { calls: number; errors: number; p50: number | null; p95: number | null; p99: number | null };

/**
 * Every call of a window: recorded (a hook_events row, with latency), refused (401, counted by
 * reason) and not recorded (counted in a gap while the database was away). Refused calls are
 * errors; so are the unrecorded calls whose outcome was.
 */
export type AccountedStats = WindowStats & { recorded: number; refused: number; unrecorded: number };

/** Milliseconds as people read them: "7 ms", "240 ms", "1.25 s"; a dash when there is no value. */
export function formatMs(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** "0%", "2.5%", "100%": one decimal only where it matters; a dash when there were no calls. */
export function formatErrorRate(stats: Pick<WindowStats, "calls" | "errors">): string {
  if (stats.calls === 0) return "–";
  const percent = (stats.errors / stats.calls) * 100;
  const rounded = Math.round(percent * 10) / 10;
  // Never show "0%" when there were errors, nor "100%" when some calls succeeded.
  if (rounded === 0 && stats.errors > 0) return "<0.1%";
  if (rounded === 100 && stats.errors < stats.calls) return ">99.9%";
  return `${rounded}%`;
}

/** "14:05" in UTC, for axis labels (the page says the times are UTC). */
export function formatClock(date: Date): string {
  return date.toISOString().slice(11, 16);
}
