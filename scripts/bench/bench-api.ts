/**
 * npm run bench:api — the patient directory API's targets (issue 15), through the production
 * server, on the embedded database and, when BENCH_POSTGRES_URL (or DATABASE_URL) names one, on
 * PostgreSQL too:
 *   - a bulk upsert of 10,000 patients (created, then each replaced): ≤ 5 s;
 *   - an incremental sync of 100 changes (list updatedSince, following cursors): ≤ 200 ms;
 *   - the hook's p99 while bulk upserts of 10,000 run, at BENCH_RATE calls/s (default 200, the
 *     soak's mix): ≤ 50 ms, as the caller sees it; beside it the p99 inside the route (from
 *     hook_events), which tells the route's own waits from the machine's, and on Linux how many
 *     cores each process kept busy meanwhile (machine-cpu.ts).
 * Tokens come from a local issuer (bench-token-issuer.ts), verified by the app exactly as Okta's.
 * Ports: BENCH_API_APP_PORT (the local Okta takes the next one), BENCH_API_DB_PORT.
 */
import { rm } from "node:fs/promises";
import pg from "pg";
import { startStack, type Stack } from "@/scripts/stack";
import { percentile } from "@/scripts/soak/drive-load";
import { driveLoadInChild } from "@/scripts/soak/drive-load-in-child";
import { BENCH_AUDIENCE, startBenchTokenIssuer } from "./bench-token-issuer";
import { measureMachineCpu, printMachineCpu } from "./machine-cpu";

const COUNT = 10_000;
const CHANGES = 100;
const rate = Number(process.env.BENCH_RATE ?? 200);
const appPort = Number(process.env.BENCH_API_APP_PORT ?? 3780);
const dbPort = Number(process.env.BENCH_API_DB_PORT ?? 24395);
const TARGETS = { bulkMs: 5_000, syncMs: 200, hookP99Ms: 50 };
const DOMAIN = "bench-api.test";

type Api = { url: string; token: string };

async function call(api: Api, path: string, init: RequestInit = {}): Promise<{ ms: number; status: number; json: unknown }> {
  const started = performance.now();
  const response = await fetch(`${api.url}${path}`, { ...init, headers: { authorization: `Bearer ${api.token}`, "content-type": "application/json", ...init.headers } });
  const json: unknown = response.status === 204 ? null : await response.json();
  return { ms: performance.now() - started, status: response.status, json };
}

function operations(run: string, count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => ({ op: "upsert", username: `p${from + i}@${DOMAIN}`, patientId: `${run}-${from + i}`, displayName: `Bench ${run} ${from + i}` }));
}

async function bulk(api: Api, ops: unknown[]): Promise<number> {
  const result = await call(api, "/api/v1/patients/bulk", { method: "POST", body: JSON.stringify({ operations: ops }) });
  if (result.status !== 200) throw new Error(`bulk answered ${result.status}: ${JSON.stringify(result.json).slice(0, 300)}`);
  return result.ms;
}

/** Everything changed since `since`, page after page, as a sync client does. */
async function incrementalSync(api: Api, since: string): Promise<{ ms: number; items: number }> {
  const started = performance.now();
  let items = 0;
  let cursor: string | null = null;
  do {
    const query: string = new URLSearchParams({ updatedSince: since, limit: "1000", ...(cursor ? { cursor } : {}) }).toString();
    const page = await call(api, `/api/v1/patients?${query}`);
    if (page.status !== 200) throw new Error(`list answered ${page.status}`);
    const body = page.json as { items: unknown[]; nextCursor: string | null };
    items += body.items.length;
    cursor = body.nextCursor;
  } while (cursor);
  return { ms: performance.now() - started, items };
}

/** From hook_events: the p99 of the time the calls spent inside the route, and the lookups that timed out or failed. */
async function routeSide(databaseUrl: string, window: { from: number; to: number }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await pool.query<{ failures: string; p99: number | null }>(
      `SELECT count(*) FILTER (WHERE outcome IN ('lookup_timeout', 'lookup_error')) AS failures,
              percentile_disc(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
       FROM hook_events WHERE occurred_at BETWEEN $1 AND $2`,
      [new Date(window.from - 500), new Date(window.to + 500)],
    );
    return { p99: rows[0]?.p99 ?? 0, failures: Number(rows[0]?.failures) };
  } finally {
    await pool.end();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fixed = (ms: number) => Number(ms.toFixed(1));

async function benchOn(database: string, databaseUrl: string | undefined) {
  const dataDir = `.data/bench-api`;
  await rm(dataDir, { recursive: true, force: true });
  const issuer = await startBenchTokenIssuer();
  let stack: Stack | undefined;
  try {
    stack = await startStack({
      command: "start",
      appPort,
      oktaPort: appPort + 1,
      dbPort,
      dataDir,
      quiet: true,
      env: {
        API_OAUTH_ISSUER: issuer.issuer,
        API_OAUTH_AUDIENCE: BENCH_AUDIENCE,
        API_RATE_LIMIT_PER_MINUTE: "100000",
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
    });
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
    await pool.query("DELETE FROM patients WHERE username LIKE $1", [`%@${DOMAIN}`]);
    await pool.end();
    const api = { url: stack.appUrl, token: await issuer.token("0oa-bench-sync") };
    const hookUrl = `${stack.appUrl}/api/hooks/token`;

    // Warm-up: routes compiled and loaded, pools open, keys fetched.
    await bulk(api, operations("warm", 500));
    await incrementalSync(api, new Date(0).toISOString());
    await driveLoadInChild(hookUrl, rate, 5);

    const createMs = await bulk(api, operations("a", COUNT));
    const replaceMs = await bulk(api, operations("b", COUNT));

    const syncs: number[] = [];
    for (let round = 0; round < 5; round++) {
      const since = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await bulk(api, operations(`s${round}`, CHANGES, round * CHANGES));
      const sync = await incrementalSync(api, since);
      if (sync.items !== CHANGES) throw new Error(`the sync found ${sync.items} changes, not ${CHANGES}`);
      syncs.push(sync.ms);
    }

    // The hook under load, alone and while bulk upserts of 10,000 run back to back.
    const quiet = await driveLoadInChild(hookUrl, rate, 10);
    const seconds = 30;
    const loaded = driveLoadInChild(hookUrl, rate, seconds);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const window = { from: Date.now(), to: 0 };
    const appPids = new Map([[stack.serverPid, "Next.js server (hook + API)"]]);
    const { result: during, cpu } = await measureMachineCpu(appPids, async () => {
      const ms: number[] = [];
      for (const run of ["c", "d", "e"]) ms.push(await bulk(api, operations(run, COUNT)));
      return ms;
    });
    window.to = Date.now();
    const busy = await loaded;
    if (window.to > busy.startedAt + seconds * 1000) console.warn("The bulk upserts outlasted the hook's load: the window is cut short.");
    const inWindow = Float64Array.from(Array.from(busy.latenciesMs).filter((_, i) => {
      const sentAt = busy.startedAt + (i * 1000) / rate;
      return sentAt >= window.from && sentAt <= window.to;
    })).sort();
    const quietSorted = Float64Array.from(quiet.latenciesMs).sort();
    // hook_events rows are written after the answers: give the last ones a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const route = await routeSide(stack.databaseUrl, window);

    const figures = {
      "bulk create 10,000 (ms)": fixed(createMs),
      "bulk replace 10,000 (ms)": fixed(replaceMs),
      "bulk upserts under hook load (ms)": during.map(fixed).join(" / "),
      "sync of 100 changes, median of 5 (ms)": fixed(median(syncs)),
      "sync of 100 changes, max (ms)": fixed(Math.max(...syncs)),
      "hook p99 alone (ms)": fixed(percentile(quietSorted, 99)),
      "hook p99 during bulk (ms)": fixed(percentile(inWindow, 99)),
      "… of it inside the route (ms)": route.p99,
      "lookups timed out or failed": route.failures,
      "hook calls in window / unexpected": `${inWindow.length} / ${busy.unexpected}`,
    };
    const missed = [
      Math.max(createMs, replaceMs) > TARGETS.bulkMs && `bulk upsert of 10,000 took ${fixed(Math.max(createMs, replaceMs))} ms (target ≤ ${TARGETS.bulkMs})`,
      median(syncs) > TARGETS.syncMs && `incremental sync took ${fixed(median(syncs))} ms (target ≤ ${TARGETS.syncMs})`,
      percentile(inWindow, 99) > TARGETS.hookP99Ms && `hook p99 during bulk ${fixed(percentile(inWindow, 99))} ms (target ≤ ${TARGETS.hookP99Ms})`,
      busy.unexpected > 0 && `${busy.unexpected} unexpected hook answers: ${busy.unexpectedSamples.join("; ")}`,
    ].filter((problem): problem is string => typeof problem === "string");
    return { database, figures, missed, cpu };
  } finally {
    await stack?.stop();
    await issuer.close();
  }
}

async function main() {
  const postgres = process.env.BENCH_POSTGRES_URL || process.env.DATABASE_URL;
  // The embedded run must not pick up DATABASE_URL from the environment.
  const embeddedEnv = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  const results = [await benchOn("embedded (PGlite)", undefined)];
  if (postgres) results.push(await benchOn("PostgreSQL", postgres));
  if (embeddedEnv) process.env.DATABASE_URL = embeddedEnv;
  console.log(`bench:api — the hook at ${rate} calls/s during the bulk upserts`);
  console.table(Object.fromEntries(results.map(({ database, figures }) => [database, figures])));
  printMachineCpu(Object.fromEntries(results.map(({ database, cpu }) => [`${database}, during the bulk upserts`, cpu])));
  if (!postgres) console.log("PostgreSQL not measured: set BENCH_POSTGRES_URL (or DATABASE_URL).");
  for (const { database, missed } of results) {
    for (const problem of missed) console.log(`MISSED on ${database}: ${problem}`);
    if (missed.length === 0) console.log(`MET on ${database}: bulk ≤ ${TARGETS.bulkMs} ms, sync ≤ ${TARGETS.syncMs} ms, hook p99 ≤ ${TARGETS.hookP99Ms} ms`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
