import { randomUUID } from "node:crypto";
import http from "node:http";
import { OKTA_GUIDE_AUTH } from "@/scripts/load/call-hook";
import { oktaSampleRequest } from "@/okta/okta-fixtures";

/** One kind of call in the mix, with the only status that counts as a correct answer. */
type CallKind = { name: string; weight: number; expect: number; authenticated: boolean; build(): { body: string; headers: Record<string, string> } };

const PATIENTS = ["jessie.smith@example.com", "kim.sato@example.com", "rajiv.tal@example.com"];
const json = { "content-type": "application/json" };

// Patients, non-patients, and what a misconfigured or hostile sender produces.
export const MIX: CallKind[] = [
  { name: "patient", weight: 50, expect: 200, authenticated: true, build: () => ({ body: JSON.stringify(oktaSampleRequest(PATIENTS[Math.floor(Math.random() * 3)]!)), headers: { ...json, ...OKTA_GUIDE_AUTH } }) },
  { name: "non-patient", weight: 30, expect: 204, authenticated: true, build: () => ({ body: JSON.stringify(oktaSampleRequest(`soak-${randomUUID()}@example.com`)), headers: { ...json, ...OKTA_GUIDE_AUTH } }) },
  { name: "bad request", weight: 10, expect: 400, authenticated: true, build: () => ({ body: '{"eventType":"com.okta.oauth2.tokens.transform","data":[]}', headers: { ...json, ...OKTA_GUIDE_AUTH } }) },
  { name: "wrong secret", weight: 10, expect: 401, authenticated: false, build: () => ({ body: "{}", headers: { ...json, authorization: "Basic d3Jvbmc6d3Jvbmc=" } }) },
];

/** One POST over a kept-alive connection; resolves with the status once the body is read. */
function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) }, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("no answer within 10 s")));
    req.on("error", reject);
    req.end(body);
  });
}

export type LoadResult = {
  /** When the first call was due (epoch ms): call i was sent at startedAt + i × 1000 / rate. */
  startedAt: number;
  sent: number;
  unexpected: number;
  unexpectedSamples: string[];
  authenticated: number;
  /** Authenticated calls that got an answer (every one of them must have its HookEvent). */
  answeredAuthenticated: number;
  byKind: Record<string, number>;
  latenciesMs: Float64Array;
};

function pick(): CallKind {
  let roll = Math.random() * MIX.reduce((sum, kind) => sum + kind.weight, 0);
  for (const kind of MIX) if ((roll -= kind.weight) < 0) return kind;
  return MIX[0]!;
}

// A stopped instance refuses connections; one that is stopping closes its idle kept-alive
// sockets, and a call written to one of them at that moment is reset before it is read.
const isInstanceGone = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === "ECONNREFUSED" || code === "ECONNRESET" || message === "socket hang up";
};

/**
 * Call i goes to instance i mod n, as a round-robin load balancer sends it; an instance that is
 * gone is taken out and the call goes to the next one, as the balancer would. With one instance
 * the error stands. (Had a reset call been processed after all, it would be recorded twice:
 * the scale-out soak checks that it never is.)
 */
function createBalancer(urls: string[], agent: http.Agent) {
  const targets = urls.map((url) => new URL(url));
  const down = new Set<number>();
  return async function send(i: number, body: string, headers: Record<string, string>): Promise<number> {
    for (let attempt = 0; attempt < targets.length; attempt++) {
      const index = (i + attempt) % targets.length;
      if (down.has(index)) continue;
      try {
        return await post(agent, targets[index]!, body, headers);
      } catch (error) {
        if (!isInstanceGone(error) || targets.length === 1) throw error;
        down.add(index);
      }
    }
    throw new Error("no instance accepts connections");
  };
}

/**
 * Open-loop load: requests start on a fixed schedule whether or not earlier ones have answered,
 * so a slow server shows up as latency and errors rather than as a quietly lower rate. Several
 * URLs (instances of one app) share the calls round-robin.
 */
export async function driveLoad(url: string | string[], rate: number, seconds: number): Promise<LoadResult> {
  // timeout: without one, Node ignores the server's "Keep-Alive: timeout=5" and reuses a socket
  // the server is closing at that moment ("socket hang up") — our client's race, not the hook's.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });
  const send = createBalancer(Array.isArray(url) ? url : [url], agent);
  const total = Math.round(rate * seconds);
  const latencies = new Float64Array(total);
  const result: LoadResult = { startedAt: Date.now(), sent: 0, unexpected: 0, unexpectedSamples: [], authenticated: 0, answeredAuthenticated: 0, byKind: {}, latenciesMs: latencies };
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const fail = (text: string) => {
    result.unexpected++;
    if (result.unexpectedSamples.length < 5) result.unexpectedSamples.push(text);
  };
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const kind = pick();
    const { body, headers } = kind.build();
    const index = i;
    const sentAt = performance.now();
    result.sent++;
    result.byKind[kind.name] = (result.byKind[kind.name] ?? 0) + 1;
    if (kind.authenticated) result.authenticated++;
    const call = send(index, body, headers)
      .then((status) => {
        latencies[index] = performance.now() - sentAt;
        if (kind.authenticated) result.answeredAuthenticated++;
        if (status !== kind.expect) fail(`${kind.name}: HTTP ${status}, expected ${kind.expect}`);
      })
      .catch((error: unknown) => {
        latencies[index] = performance.now() - sentAt;
        fail(`${kind.name}: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => inFlight.delete(call));
    inFlight.add(call);
  }
  await Promise.all(inFlight);
  agent.destroy();
  return result;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
