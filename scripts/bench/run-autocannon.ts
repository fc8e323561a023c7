import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

export type LoadResult = { name: string; requests: number; requestsPerSecond: number; p50: number; p99: number; max: number; errors: number };

export type Target = { name: string; url: string; body?: string; headers?: Record<string, string>; expectStatus: number };

/** Drives one URL with autocannon; "errors" counts failures, timeouts and unexpected statuses. */
export async function runAutocannon(target: Target, connections: number, durationSeconds: number): Promise<LoadResult> {
  let unexpected = 0;
  const result = await autocannon({
    url: target.url,
    method: "POST",
    connections,
    duration: durationSeconds,
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

/**
 * The same, from a process of its own: the benchmark's parent hosts the embedded database, whose
 * queries would otherwise wait behind the load generator's event loop (and count as hook time).
 */
export function runAutocannonInChild(target: Target, connections: number, durationSeconds: number): Promise<LoadResult> {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const args = [tsx, "scripts/bench/run-autocannon-process.ts", JSON.stringify(target), String(connections), String(durationSeconds)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
  });
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
