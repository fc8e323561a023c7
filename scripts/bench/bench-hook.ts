/**
 * npm run bench:hook — the hook's throughput and latency against the framework's floor.
 * Builds if needed, starts the production server with its database, then drives, with
 * autocannon (10 connections, BENCH_SECONDS each, default 10): the hook for a patient, for a
 * non-patient, and the bare /api/ping route. Prints req/s, p50, p99, errors and hook/floor.
 */
import { rm } from "node:fs/promises";
import { startStack } from "../stack";
import { oktaSampleRequest, OKTA_GUIDE_AUTH } from "../../tests/integration/okta-request";
import { printTable, runAutocannon } from "./run-autocannon";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function main() {
  const dataDir = ".data/bench";
  await rm(dataDir, { recursive: true, force: true });
  const stack = await startStack({ command: "start", appPort: 3300, oktaPort: 3301, dbPort: 54350, dataDir, quiet: true });
  try {
    const hook = `${stack.appUrl}/api/hooks/token`;
    // Warm up every route once so first-request compilation and connection setup are not measured.
    await runAutocannon({ name: "warm-up", url: hook, body: JSON.stringify(oktaSampleRequest("kim.sato@example.com")), headers: OKTA_GUIDE_AUTH, expectStatus: 200 }, connections, 2);
    await runAutocannon({ name: "warm-up", url: `${stack.appUrl}/api/ping`, expectStatus: 200 }, connections, 2);

    const results = [];
    results.push(await runAutocannon({ name: "hook (patient)", url: hook, body: JSON.stringify(oktaSampleRequest("kim.sato@example.com")), headers: OKTA_GUIDE_AUTH, expectStatus: 200 }, connections, seconds));
    results.push(await runAutocannon({ name: "hook (non-patient)", url: hook, body: JSON.stringify(oktaSampleRequest("alex.doe@example.com")), headers: OKTA_GUIDE_AUTH, expectStatus: 204 }, connections, seconds));
    results.push(await runAutocannon({ name: "floor (/api/ping)", url: `${stack.appUrl}/api/ping`, expectStatus: 200 }, connections, seconds));
    printTable(results);
    const [patient, nonPatient, floor] = results as [typeof results[0], typeof results[0], typeof results[0]];
    const ratio = (r: typeof patient) => (r.requestsPerSecond / floor.requestsPerSecond).toFixed(2);
    console.log(`hook/floor: patient ${ratio(patient)} · non-patient ${ratio(nonPatient)} (target ≥ 0.8; p99 target ≤ 50 ms)`);
  } finally {
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
