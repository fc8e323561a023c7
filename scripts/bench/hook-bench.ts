// What both hook benchmarks share: where their stack runs, what they drive, how rounds add up.
import type { StackOptions } from "@/scripts/stack";
import { OKTA_GUIDE_AUTH } from "@/scripts/load/call-hook";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import type { Target } from "./run-autocannon";

/** The benchmarks' own stack (ports and data apart from dev and the tests; one benchmark at a time). */
export const BENCH_STACK = { command: "start", appPort: 3300, oktaPort: 3301, dbPort: 24350, dataDir: ".data/bench", quiet: true } as const satisfies StackOptions;

/**
 * The hook for a patient (200 with a patch), for a non-patient (204), and the bare /api/ping route
 * with the same request body (the floor: what Next.js itself costs per request). The floor comes last.
 */
export function hookTargets(appUrl: string): [patient: Target, nonPatient: Target, floor: Target] {
  const hook = `${appUrl}/api/hooks/token`;
  const body = (login: string) => JSON.stringify(oktaSampleRequest(login));
  return [
    { name: "hook (patient)", url: hook, body: body("kim.sato@example.com"), headers: OKTA_GUIDE_AUTH, expectStatus: 200 },
    { name: "hook (non-patient)", url: hook, body: body("alex.doe@example.com"), headers: OKTA_GUIDE_AUTH, expectStatus: 204 },
    { name: "floor (/api/ping)", url: `${appUrl}/api/ping`, body: body("kim.sato@example.com"), expectStatus: 200 },
  ];
}

/** The middle value (the lower of the two middle ones for an even count): one round's outlier moves it least. */
export const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
