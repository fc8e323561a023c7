/**
 * npm run soak — the hook at a fixed rate for a long time, against the production build:
 * SOAK_RATE requests/s (default 200) for SOAK_SECONDS (default 300), a mix of patients,
 * non-patients, bad requests and wrong secrets, over PostgreSQL when DATABASE_URL is set, else
 * the embedded database, after a warm-up at the same rate (SOAK_WARMUP_SECONDS, default 30).
 * Fails (exit 1) on any unexpected answer, on a HookEvent missing for an authenticated call, or
 * on next-server's peak RSS during the run being 20 % or more above its peak in the warm-up
 * (peaks, not two single readings: see trackPeakRss).
 * `npm run test:soak` (part of `npm test`) is the CI-sized run: `--seconds 30`.
 */
import { rm } from "node:fs/promises";
import pg from "pg";
import { startStack } from "@/scripts/stack";
import { settledEventCount } from "./count-hook-events";
import { percentile } from "./drive-load";
import { driveLoadInChild } from "./drive-load-in-child";
import { readRssMb, trackPeakRss } from "./process-memory";

/** `--seconds 30` / `--rate 100` on the command line win over SOAK_SECONDS / SOAK_RATE. */
function setting(flag: string, variable: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const value = Number(at >= 0 ? process.argv[at + 1] : (process.env[variable] ?? fallback));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} / ${variable}: expected a positive number`);
  return value;
}

const rate = setting("--rate", "SOAK_RATE", 200);
const seconds = setting("--seconds", "SOAK_SECONDS", 300);
const warmUpSeconds = setting("--warm-up", "SOAK_WARMUP_SECONDS", 30);
const appPort = Number(process.env.SOAK_APP_PORT ?? 3740);
const MAX_RSS_GROWTH = 0.2;

async function main() {
  const dataDir = ".data/soak";
  await rm(dataDir, { recursive: true, force: true });
  const stack = await startStack({ command: "start", appPort, oktaPort: appPort + 1, dbPort: Number(process.env.SOAK_DB_PORT ?? 24375), dataDir, quiet: true });
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  try {
    const url = `${stack.appUrl}/api/hooks/token`;
    const pid = stack.serverPid;
    // Warm-up at the same rate: routes loaded, pool open, JIT done, heap grown to its working size
    // (at least one full GC cycle: the peak it reaches is the baseline the run is held to).
    const warmUp = trackPeakRss(pid);
    await driveLoadInChild(url, rate, warmUpSeconds);
    const rssWarmUpPeak = warmUp.stop();
    const rssStart = readRssMb(pid);
    // occurred_at is the call's arrival by next-server's clock, this machine's: every warm-up call
    // arrived before this instant, every measured one after.
    const since = new Date();
    const wallStart = performance.now();
    const run = trackPeakRss(pid);
    const load = await driveLoadInChild(url, rate, seconds);
    const rssRunPeak = run.stop();
    const wallSeconds = (performance.now() - wallStart) / 1000;
    const { rows: recorded } = await settledEventCount(pool, since, load.authenticated);
    const rssEnd = readRssMb(pid);

    const sorted = load.latenciesMs.slice().sort();
    const growth = (rssRunPeak - rssWarmUpPeak) / rssWarmUpPeak;
    const lost = load.authenticated - recorded;
    console.log(`soak: ${rate} requests/s for ${seconds} s against ${url} (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded database"})`);
    console.table({
      requests: load.sent,
      "achieved rate (req/s)": Number((load.sent / wallSeconds).toFixed(1)),
      "unexpected answers": load.unexpected,
      "p50 (ms)": Number(percentile(sorted, 50).toFixed(1)),
      "p99 (ms)": Number(percentile(sorted, 99).toFixed(1)),
      "max (ms)": Number(percentile(sorted, 100).toFixed(1)),
      "next-server RSS start (MB)": Math.round(rssStart),
      "next-server RSS end (MB)": Math.round(rssEnd),
      "RSS peak, warm-up (MB)": Math.round(rssWarmUpPeak),
      "RSS peak, run (MB)": Math.round(rssRunPeak),
      "RSS growth, peak to peak (%)": Number((growth * 100).toFixed(1)),
      "authenticated calls": load.authenticated,
      "HookEvents recorded": recorded,
    });
    console.log("mix:", load.byKind);
    const problems = [
      load.unexpected > 0 && `${load.unexpected} unexpected answers, e.g. ${load.unexpectedSamples.join("; ")}`,
      growth >= MAX_RSS_GROWTH && `RSS peak grew ${(growth * 100).toFixed(1)} % over the warm-up's (limit ${MAX_RSS_GROWTH * 100} %)`,
      lost !== 0 && `${lost} HookEvents ${lost > 0 ? "missing" : "more than calls"}`,
    ].filter(Boolean);
    for (const problem of problems) console.error(`FAIL: ${problem}`);
    if (problems.length === 0) console.log("PASS");
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    await pool.end();
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
