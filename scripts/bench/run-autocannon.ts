import autocannon from "autocannon";

export type LoadResult = { name: string; requestsPerSecond: number; p50: number; p99: number; errors: number };

type Target = { name: string; url: string; body?: string; headers?: Record<string, string>; expectStatus: number };

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
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
  };
}

export function printTable(results: LoadResult[]) {
  const rows = results.map((r) => ({
    target: r.name,
    "req/s": Math.round(r.requestsPerSecond),
    "p50 ms": r.p50,
    "p99 ms": r.p99,
    errors: r.errors,
  }));
  console.table(rows);
}
