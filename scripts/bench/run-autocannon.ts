import autocannon from "autocannon";
import { runScriptInChild } from "@/scripts/load/run-in-child";

export type LoadResult = { name: string; requests: number; requestsPerSecond: number; p50: number; p99: number; max: number; errors: number };

export type Target = { name: string; url: string; body?: string; headers?: Record<string, string>; expectStatus: number };

/**
 * For a time, or for exactly `amount` requests: that is for a server too slow to hold a rate
 * (under callgrind), so each request then gets a minute, not autocannon's 10 s.
 */
export type RunLength = { seconds: number } | { amount: number };

/** Drives one URL with autocannon; "errors" counts failures, timeouts and unexpected statuses. */
export async function runAutocannon(target: Target, connections: number, length: RunLength): Promise<LoadResult> {
  let unexpected = 0;
  const result = await autocannon({
    url: target.url,
    method: "POST",
    connections,
    ...("amount" in length ? { amount: length.amount, timeout: 60 } : { duration: length.seconds }),
    body: target.body,
    headers: { "content-type": "application/json", ...target.headers },
    setupClient: (client) => {
      client.on("response", (statusCode: number) => {
        if (statusCode !== target.expectStatus) unexpected++;
      });
    },
  });
  return {
    name: target.name,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + unexpected,
  };
}

/** The same, from a process of its own (see runScriptInChild). */
export function runAutocannonInChild(target: Target, connections: number, durationSeconds: number): Promise<LoadResult> {
  return runScriptInChild("scripts/bench/run-autocannon-process.ts", [JSON.stringify(target), String(connections), String(durationSeconds)]);
}

export function printTable(results: LoadResult[]) {
  const rows = results.map((r) => ({
    target: r.name,
    "req/s": Math.round(r.requestsPerSecond),
    "p50 ms": r.p50,
    "p99 ms": r.p99,
    "max ms": r.max,
    errors: r.errors,
  }));
  console.table(rows);
}
