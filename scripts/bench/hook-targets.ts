import { oktaSampleRequest, OKTA_GUIDE_AUTH } from "../../tests/integration/okta-request";
import type { Target } from "./run-autocannon";

/**
 * What both hook benchmarks drive: the hook for a patient (200 with a patch), for a non-patient
 * (204), and the bare /api/ping route with the same request body (the floor: what Next.js itself
 * costs per request). The floor comes last.
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
