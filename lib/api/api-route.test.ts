import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startJwksIssuer, type JwksIssuer } from "@/tests/support/jwks-server";

// apiRoute with real settings (the environment, read once) and a real issuer: the answers a client
// sees before and after an operation runs, and what the logs keep of a call.
let issuer: JwksIssuer;
let apiRoute: typeof import("./api-route").apiRoute;
let log: typeof import("@/lib/common/log").log;

beforeAll(async () => {
  issuer = await startJwksIssuer("api://default");
  vi.stubEnv("API_OAUTH_ISSUER", issuer.issuer);
  vi.stubEnv("API_OAUTH_AUDIENCE", "api://default");
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
  ({ apiRoute } = await import("./api-route"));
  ({ log } = await import("@/lib/common/log"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await issuer?.close();
});

const PATIENT = { login: "kim.sato@example.com", patientId: "6789" };
const context = { params: Promise.resolve({ login: PATIENT.login }) };
const request = async (client: string) =>
  new Request(`http://localhost/api/v1/patients/${PATIENT.login}`, { headers: { authorization: `Bearer ${await issuer.sign({ cid: client, scp: ["patients.read"] })}` } });

describe("apiRoute", () => {
  it("counts each client's requests and answers 429 with Retry-After past its rate", async () => {
    const route = apiRoute({ id: "getPatient", scope: "patients.read" }, async () => new Response(null, { status: 204 }));
    for (let i = 0; i < 3; i++) expect((await route(await request("0oa-busy"), context)).status).toBe(204);
    const refused = await route(await request("0oa-busy"), context);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 429, type: "/api-reference#problem-rate-limited" });
    expect((await route(await request("0oa-other"), context)).status).toBe(204);
  });

  it("answers a failed operation with a 500 problem, and logs neither the path nor the error's words", async () => {
    const info = vi.spyOn(log, "info");
    const error = vi.spyOn(log, "error");
    const route = apiRoute<{ login: string }>({ id: "getPatient", scope: "patients.read" }, async () => {
      throw Object.assign(new Error(`duplicate key value violates unique constraint: Key (patient_id)=(${PATIENT.patientId}) already exists.`), { code: "23505" });
    });
    const response = await route(await request("0oa-failing"), context);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ status: 500, title: "Server error" });
    const logged = JSON.stringify([...info.mock.calls, ...error.mock.calls]);
    expect(logged).toContain('"error":"Error 23505"');
    expect(logged).toContain('"clientId":"0oa-failing"');
    expect(logged).not.toContain(PATIENT.patientId);
    expect(logged).not.toContain(PATIENT.login);
  });
});
