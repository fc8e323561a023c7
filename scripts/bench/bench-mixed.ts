/**
 * npm run bench:mixed — the hook under an admin's heavy work, through the app (issue 16's target).
 * Starts the production server with its database (PostgreSQL when DATABASE_URL is set, else the
 * embedded one), signs in as staff in Chromium, then drives the hook at BENCH_RATE calls/s
 * (default 200; the soak's mix of patients, non-patients, bad requests and wrong secrets):
 *   1. alone;
 *   2. while staff import BENCH_IMPORT_ROWS new patients (default 20,000) on the Import page and
 *      then export the list from the Patients page;
 *   3. the same, with the hook on an instance of its own (a second `next start` on the same
 *      database), as a deployment that gives the hook its own instances runs;
 *   4. on Linux, the same again with that instance and the load generator (standing in for Okta)
 *      on a core of their own, and the admin's instance, Chromium and this process (the embedded
 *      database, the local Okta) on the others (taskset, cpu-pinning.ts); PostgreSQL is left to
 *      the scheduler, unless BENCH_PIN_POSTGRES=1 (a server on this machine, affinity settable):
 *      then the backends of the hook's pool join its core and the rest of the server the others,
 *      every core given back afterwards. So the hook's instance has CPU no admin work can take,
 *      as each Vercel function instance (with a managed database) does.
 * Prints the runs side by side: the hook's p50/p99/max for the calls sent during the admin's
 * work, unanswered or unexpected answers, and the lookups that timed out or failed (from
 * hook_events); on Linux how many cores each process kept busy in each window (machine-cpu.ts).
 * Targets: p99 ≤ 50 ms, every call answered as expected, no lookup timeouts. BENCH_PROFILE=1 also
 * profiles the server in the first two windows and prints its event-loop delay and where its CPU
 * time went (see scripts/bench/profile): what the admin's work costs the process the hook runs in.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { openAdminBrowser } from "@/scripts/load/admin-browser";
import { startStack } from "@/scripts/stack";
import { startSecondInstance } from "@/scripts/stack/second-instance";
import type { LoadResult } from "@/scripts/soak/drive-load";
import { driveLoadInChild } from "@/scripts/soak/drive-load-in-child";
import { exportThroughApp, importThroughApp, writeImportFile } from "./admin-work";
import { clientPorts, descendants, pinProcess, postgresProcesses, splitCores, withCoresSplit } from "./cpu-pinning";
import { measureMachineCpu, printMachineCpu, type MachineCpu } from "./machine-cpu";
import { resultRow, type ResultRow, type Window } from "./mixed/result-rows";
import { printServerProfiles, profiledWindow, profilerWrapper, type ProfileWindow } from "./profile/profiled-server";

const rate = Number(process.env.BENCH_RATE ?? 200);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 40);
const TARGET_P99_MS = 50;
const dataDir = ".data/bench-mixed";
const profileDir = path.resolve(".data/bench-mixed-profile");
const profiling = process.env.BENCH_PROFILE === "1";
// Only for a PostgreSQL server on this machine (DATABASE_URL on a loopback address).
const pinPostgres =
  process.env.BENCH_PIN_POSTGRES === "1" && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).hostname : "");

type Run = { name: string; load: LoadResult; window: Window; cpu: MachineCpu | null; importMs?: number; exported?: { ms: number; bytes: number } };

async function main() {
  await rm(dataDir, { recursive: true, force: true });
  const wrapper = profiling ? await profilerWrapper(profileDir) : undefined;
  const stack = await startStack({ command: "start", appPort: 3760, oktaPort: 3761, dbPort: 24380, dataDir, quiet: true, wrapper });
  // Without BENCH_PROFILE, the work alone.
  const windows: ProfileWindow[] = [];
  const observe = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!profiling) return work();
    const { result, ...window } = await profiledWindow(stack.serverPid, profileDir, windows.length + 1, work);
    windows.push(window);
    return result;
  };
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  // On a kept database (DATABASE_URL), an earlier run's patients would make this run's export longer.
  const removeBenchPatients = () => pool.query("DELETE FROM patients WHERE username LIKE 'bench-%@example.com'");
  await removeBenchPatients();
  const tag = Date.now().toString(36);
  const importFile = async (run: string) => {
    const file = path.join(dataDir, `import-${run}.csv`);
    await writeImportFile(file, importRows, `${tag}${run}`);
    return file;
  };
  const admin = await openAdminBrowser(stack.appUrl);
  const url = `${stack.appUrl}/api/hooks/token`;
  const runs: Run[] = [];
  const cores = splitCores();
  try {
    await driveLoadInChild(url, rate, 10); // warm-up: routes loaded, pools open, JIT done

    const appPids = new Map([[stack.serverPid, "Next.js server (hook + admin)"]]);
    const { result: quiet, cpu: quietCpu } = await measureMachineCpu(appPids, () => observe(() => driveLoadInChild(url, rate, loadSeconds / 2)));
    runs.push({ name: "hook alone", load: quiet, window: { from: quiet.startedAt, to: quiet.startedAt + (loadSeconds / 2) * 1000 }, cpu: quietCpu });

    /** The hook at `hookUrl` while the staff import a new file and export the list on the stack's own instance. */
    const duringAdminWork = async (name: string, hookUrl: string, work: typeof observe, onLoadStarted: () => Promise<void> | void = () => {}) => {
      const file = await importFile(String(runs.length));
      const loaded = driveLoadInChild(hookUrl, rate, loadSeconds);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await onLoadStarted();
      const window = { from: Date.now(), to: 0 };
      const { result, cpu } = await measureMachineCpu(appPids, () =>
        work(async () => ({ importMs: await importThroughApp(admin.page, file), exported: await exportThroughApp(admin.page) })),
      );
      window.to = Date.now();
      const load = await loaded;
      if (window.to > load.startedAt + loadSeconds * 1000) console.warn("The admin's work outlasted the load: raise BENCH_SECONDS.");
      runs.push({ name, load, window, cpu, ...result });
    };
    await duringAdminWork("hook during import + export", url, observe);

    const hookInstance = await startSecondInstance(stack.databaseUrl, 3762);
    const hookPid = hookInstance.process.pid!;
    appPids.set(hookPid, "Next.js server (hook only)");
    const ownUrl = `${hookInstance.url}/api/hooks/token`;
    try {
      await driveLoadInChild(ownUrl, rate, 10); // warm-up of that instance
      await duringAdminWork("hook on its own instance, during import + export", ownUrl, (work) => work());
      if (cores) {
        // The admin's instance, the browser and this process (the embedded database, the local Okta) on the other cores.
        const rest = [stack.serverPid, process.pid, ...(await descendants(process.pid)).filter((child) => /^chrom/.test(child.name)).map((child) => child.pid)];
        const hookSide = [hookPid];
        if (pinPostgres) {
          // BENCH_PIN_POSTGRES=1 (a PostgreSQL server on this machine): the backends serving the hook's pool on its core, the rest of the server (the postmaster, so new backends too) on the others.
          const ports = clientPorts(hookPid, Number(new URL(stack.databaseUrl).port || 5432));
          const { rows } = await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1::int[])", [ports]);
          // Only processes of a server on this machine: a remote server's backend pids name nothing here.
          const local = await postgresProcesses();
          const hookBackends = rows.map((backend) => backend.pid).filter((pid) => local.includes(pid));
          hookSide.push(...hookBackends);
          rest.push(...local.filter((pid) => !hookBackends.includes(pid)));
          console.log(`BENCH_PIN_POSTGRES: ${hookBackends.length} backends of the hook's pool on core ${cores.hook}`);
        }
        try {
          await withCoresSplit(cores, hookSide, rest, (pinToHookSide) =>
            duringAdminWork("hook on its own instance and core, during import + export", ownUrl, (work) => work(), () =>
              descendants(process.pid).then((children) => pinToHookSide(children.filter((child) => child.command.includes("drive-load-process")).map((child) => child.pid))),
            ),
          );
        } finally {
          // Backends the pinned postmaster started meanwhile inherited its core: every core back to all of them.
          if (pinPostgres) for (const pid of await postgresProcesses()) pinProcess(pid, cores.all);
        }
      }
    } finally {
      hookInstance.process.kill("SIGTERM");
      await hookInstance.exited;
    }

    const database = process.env.DATABASE_URL ? "PostgreSQL" : "embedded database (PGlite)";
    console.log(`bench:mixed — the hook at ${rate} calls/s on the ${database}`);
    for (const run of runs.filter((run) => run.exported)) {
      console.log(`admin (${run.name}): imported ${importRows.toLocaleString("en")} rows in ${(run.importMs! / 1000).toFixed(1)} s, then exported ${(run.exported!.bytes / 1024).toFixed(0)} KB in ${(run.exported!.ms / 1000).toFixed(1)} s`);
    }
    const rows: Record<string, ResultRow> = {};
    for (const run of runs) rows[run.name] = await resultRow(pool, run.load, run.window, rate);
    console.table(rows);
    const postgresCores = pinPostgres ? `the backends of the hook's pool on ${cores?.hook}, the rest of PostgreSQL on ${cores?.rest}` : "PostgreSQL on any";
    if (cores) console.log(`(own core: the hook's instance and the load generator on core ${cores.hook}; the admin's instance, Chromium and this process on ${cores.rest}; ${postgresCores})`);
    const busy = Object.entries(rows).slice(1);
    const failures = busy.reduce((sum, [, row]) => sum + row["lookup timeouts + errors"], 0);
    const problems = [
      ...busy.filter(([, row]) => row["p99 (ms)"] > TARGET_P99_MS).map(([name, row]) => `p99 ${name} is ${row["p99 (ms)"]} ms (target ≤ ${TARGET_P99_MS} ms)`),
      runs.some((run) => run.load.unexpected > 0) && `unexpected answers: ${runs.flatMap((run) => run.load.unexpectedSamples).join("; ")}`,
      failures > 0 && `${failures} lookups timed out or failed`,
    ].filter(Boolean);
    printMachineCpu(Object.fromEntries(runs.map((run) => [run.name, run.cpu])));
    if (profiling) printServerProfiles({ "hook alone": windows[0]!, "hook during import + export": windows[1]! });
    for (const problem of problems) console.log(`MISSED: ${problem}`);
    if (problems.length === 0) console.log(`MET: p99 ≤ ${TARGET_P99_MS} ms, every call answered as expected, no lookup timeouts`);
  } finally {
    await admin.browser.close();
    await removeBenchPatients().catch(() => undefined);
    await pool.end();
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
