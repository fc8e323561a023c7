/**
 * npm run soak:scale-out — two production instances of the app against one database, as a
 * deployment runs them: the hook at SOAK_RATE calls/s (default 200) for SOAK_SECONDS (default
 * 30), spread round-robin, and halfway through one instance is stopped with SIGTERM, as a
 * platform stops an instance it scales down (the load balancer then sends everything to the
 * other). Fails (exit 1) on an unexpected answer, on an answered authenticated call without its
 * HookEvent (the stopped instance must write what it holds before it exits), or on a call
 * recorded twice. Meant for PostgreSQL (DATABASE_URL; CI runs it there); without it both
 * instances share the embedded database.
 */
import { rm } from "node:fs/promises";
import pg from "pg";
import { startStack } from "@/scripts/stack";
import { startSecondInstance } from "@/scripts/stack/second-instance";
import { settledEventCount } from "./count-hook-events";
import { driveLoadInChild } from "./drive-load-in-child";

const rate = Number(process.env.SOAK_RATE ?? 200);
const seconds = Number(process.env.SOAK_SECONDS ?? 30);
const APP_PORT = 3790;
const SECOND_PORT = 3792;

async function main() {
  const dataDir = ".data/soak-scale-out";
  await rm(dataDir, { recursive: true, force: true });
  const stack = await startStack({ command: "start", appPort: APP_PORT, oktaPort: APP_PORT + 1, dbPort: 24385, dataDir, quiet: true });
  const second = await startSecondInstance(stack.databaseUrl, SECOND_PORT);
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  const urls = [`${stack.appUrl}/api/hooks/token`, `${second.url}/api/hooks/token`];
  try {
    await driveLoadInChild(urls, rate, 5); // warm-up: both instances' routes and pools
    const since = new Date();
    const stopping = new Promise<void>((resolve) =>
      setTimeout(() => {
        second.process.kill("SIGTERM");
        resolve();
      }, (seconds * 1000) / 2),
    );
    const load = await driveLoadInChild(urls, rate, seconds);
    await stopping;
    const exitCode = await second.exited;
    const recorded = await settledEventCount(pool, since, load.answeredAuthenticated);

    console.log(`soak:scale-out — 2 instances, ${rate} calls/s for ${seconds} s, the second stopped with SIGTERM at ${seconds / 2} s (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded database"})`);
    console.table({
      "calls sent": load.sent,
      "unexpected answers": load.unexpected,
      "authenticated calls answered": load.answeredAuthenticated,
      "HookEvents recorded": recorded.rows,
      "rows with an eventId": recorded.withEventId,
      "distinct eventIds": recorded.distinctEventIds,
      "stopped instance's exit code": exitCode,
    });
    const problems = [
      load.unexpected > 0 && `${load.unexpected} unexpected answers, e.g. ${load.unexpectedSamples.join("; ")}`,
      recorded.rows < load.answeredAuthenticated && `${load.answeredAuthenticated - recorded.rows} answered calls have no HookEvent`,
      recorded.withEventId !== recorded.distinctEventIds && `${recorded.withEventId - recorded.distinctEventIds} calls recorded twice`,
      recorded.rows > load.answeredAuthenticated && `${recorded.rows - load.answeredAuthenticated} more HookEvents than answered calls`,
    ].filter(Boolean);
    for (const problem of problems) console.error(`FAIL: ${problem}`);
    if (problems.length === 0) console.log("PASS: every answered call recorded exactly once");
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    if (second.process.exitCode === null) second.process.kill("SIGTERM");
    await pool.end();
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
