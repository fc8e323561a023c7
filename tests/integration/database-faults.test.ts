import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, type EmbeddedDb } from "@/scripts/db/embedded-db";
import type { Stack } from "@/scripts/stack";
import { startOwnStack } from "@/tests/support/own-stack";
import { startTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";
import { callHook } from "@/scripts/load/call-hook";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import { testPort } from "@/tests/support/ports";

// The app reaches its database only through a proxy we can cut or slow, mid-traffic, while the
// database itself keeps running: the same for PGlite and for CI's PostgreSQL (DATABASE_URL).
const BUDGET_MS = 300;
const SLACK_MS = 200;
// pg's query_timeout for this stack (default 30 s): the hung-database test waits for it to pass.
const QUERY_TIMEOUT_MS = 4_000;
const PROXY_PORT = testPort("FAULTS_PROXY_PORT", 24373);
let db: EmbeddedDb | undefined;
let proxy: TcpProxy;
let stack: Stack;
let direct: pg.Pool;

beforeAll(async () => {
  const upstreamUrl = process.env.DATABASE_URL ?? (db = await startEmbeddedDb({ port: testPort("FAULTS_DB_PORT", 24372) })).url;
  const upstream = new URL(upstreamUrl);
  proxy = await startTcpProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) }, PROXY_PORT);
  const viaProxy = new URL(upstreamUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(PROXY_PORT);
  stack = await startOwnStack({
    name: "faults",
    appPort: testPort("FAULTS_APP_PORT", 3730),
    dbPort: testPort("FAULTS_STACK_DB_PORT", 24374),
    env: {
      DATABASE_URL: viaProxy.href,
      DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      HOOK_LOOKUP_TIMEOUT_MS: String(BUDGET_MS),
      HOOK_FAILURE_MODE: "closed",
    },
  });
  direct = new pg.Pool({ connectionString: upstreamUrl, max: 1 });
}, 180_000);
afterAll(async () => {
  const step = async (name: string, work: () => Promise<unknown> | undefined) => {
    const started = performance.now();
    await work();
    if (process.env.DEBUG_STACK) console.log(`afterAll: ${name} took ${Math.round(performance.now() - started)} ms`);
  };
  await step("pool", () => direct?.end());
  await step("stack", () => stack?.stop());
  await step("proxy", () => proxy?.close());
  await step("db", () => db?.stop());
});

type Timed = { status: number; ms: number; summary: string | undefined; patched: boolean };
async function timedCall(login: string): Promise<Timed> {
  const started = performance.now();
  const { status, json } = await callHook(stack.appUrl, oktaSampleRequest(login));
  return { status, ms: performance.now() - started, summary: json?.error?.errorSummary, patched: Boolean(json?.commands) };
}
/** `count` calls, `parallel` at a time, alternating a patient and a non-patient. */
async function traffic(count: number, parallel = 10): Promise<Timed[]> {
  const results: Timed[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, (_, j) =>
      timedCall((i + j) % 2 ? "kim.sato@example.com" : "nobody@example.com"),
    );
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
async function waitUntilPatched(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await timedCall("kim.sato@example.com")).patched) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the hook did not recover within ${timeoutMs} ms`);
}
function expectFailedClosedInBudget(results: Timed[]) {
  for (const result of results) {
    expect(result.status).toBe(200);
    expect(result.summary).toMatch(/unavailable/);
    expect(result.ms, "answered within the lookup budget + 200 ms").toBeLessThan(BUDGET_MS + SLACK_MS);
  }
}
/**
 * While the proxy is faulty, `calls` all fail closed within the budget; then the proxy is put
 * right, and the answer is how long the hook took to patch tokens again (at most `recoverWithinMs`).
 */
async function failsClosedThenRecovers(calls: () => Promise<Timed[]>, recoverWithinMs: number): Promise<number> {
  expectFailedClosedInBudget(await calls());
  proxy.setMode("up");
  return waitUntilPatched(recoverWithinMs);
}

// First in this file: the pruner runs on the first recorded call of the server process.
describe("HookEvent retention (HOOK_EVENT_RETENTION_DAYS, default 30)", () => {
  it("the first recorded call deletes events older than 30 days and keeps newer ones", async () => {
    const marker = `retention-${Date.now()}`;
    const insert = "INSERT INTO hook_events (event_id, occurred_at, outcome, http_status, tokens_patched, latency_ms) VALUES ($1, now() - $2::interval, 'no_patient', 204, '{}', 1)";
    await direct.query(insert, [`${marker}-old`, "31 days"]);
    await direct.query(insert, [`${marker}-recent`, "29 days"]);
    expect((await timedCall("nobody@example.com")).status).toBe(204);
    const left = async () =>
      (await direct.query<{ event_id: string }>("SELECT event_id FROM hook_events WHERE event_id LIKE $1", [`${marker}-%`])).rows
        .map((row) => row.event_id);
    for (let attempt = 0; attempt < 30 && (await left()).length > 1; attempt++) await new Promise((r) => setTimeout(r, 100));
    expect(await left()).toEqual([`${marker}-recent`]);
  });
});

describe("the hook when the database goes away (HOOK_FAILURE_MODE=closed, 300 ms budget)", () => {
  it("answers normally while the database is up", async () => {
    await traffic(10, 1); // opens the pool's connections, which PGlite is slow to accept
    const results = await traffic(20);
    expect(results.filter((r) => r.patched)).toHaveLength(10);
    expect(results.every((r) => r.status === 200 || r.status === 204)).toBe(true);
  });

  it("fails closed within the budget when connections are cut mid-traffic, and recovers without a restart", async () => {
    const during = traffic(60, 10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    proxy.setMode("down");
    await during; // calls in flight when the cut came may have finished either way: no assertion on them
    const recoveredAfter = await failsClosedThenRecovers(() => traffic(40), 15_000);
    console.log(`database down: recovered ${recoveredAfter} ms after the database came back`);
  });

  it("fails closed within the budget when every query is slower than the budget, and recovers", async () => {
    proxy.setMode("slow", 1_000);
    const recoveredAfter = await failsClosedThenRecovers(() => traffic(40), 20_000);
    console.log(`slow database: recovered ${recoveredAfter} ms after the delay was removed`);
  });

  it("recovers from a hung database within DATABASE_QUERY_TIMEOUT_MS, not when the database answers", async () => {
    // Queries sent into the black hole would be answered after 120 s; abandoned hook lookups hold
    // all 10 pool connections meanwhile. lib/data/db-pool.ts's query_timeout must free them long before.
    proxy.setMode("slow", 120_000);
    // Once the proxy is put right, new traffic flows at once; the held connections still wait.
    const recoveredAfter = await failsClosedThenRecovers(() => traffic(200, 20), QUERY_TIMEOUT_MS + 15_000);
    console.log(`hung database: recovered ${recoveredAfter} ms after it came back`);
    expect((await fetch(`${stack.appUrl}/api/health`)).status).toBe(200);
  }, 60_000);
});

// Last in this file: it stops the stack.
describe("the hook's records when the database refuses connections, and at SIGTERM", () => {
  it("keeps the rows of calls made during a refusal, and SIGTERM writes them at once when the database is back", async () => {
    proxy.setMode("up"); // whatever a failed test above left
    const login = `sigterm-${Date.now()}@example.com`;
    const count = async () =>
      Number((await direct.query<{ n: string }>("SELECT count(*) AS n FROM hook_events WHERE username = $1", [login])).rows[0]?.n);
    await proxy.stopListening();
    for (let i = 0; i < 15; i++) expect((await timedCall(login)).status).toBe(200); // failed closed, answered
    // The write has been retried with doubling waits for 8 s: its next wait ends near 16 s.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await proxy.listenAgain();
    const started = Date.now();
    await stack.stop(); // SIGTERM to next start, then waits for it to exit
    const exitedAfterMs = Date.now() - started;
    expect(await count(), "every call's row written before the process exited").toBe(15);
    // The flush ends the backoff wait instead of sleeping through it, and is bounded (4 s) anyway.
    expect(exitedAfterMs).toBeLessThan(4_000);
  }, 60_000);
});
