import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOktaLocal, type OktaLocal } from "../server";
import { startFakeHook } from "../test-support/fake-hook";
import { signInWithCodeFlow } from "./test-support/sign-in";

const CLIENT = { clientId: "as-api-client", clientSecret: "as-api-secret", redirectUri: "http://localhost:3000/api/auth/callback/okta" };
const RULES = "/api/v1/authorizationServers/default/policies";

let okta: OktaLocal;
let dataDir: string;
const hook = await startFakeHook(() => ({ status: 204 }));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "okta-local-as-api-"));
  okta = await startOktaLocal({ port: 0, appUrl: "http://localhost:3000", dataDir, hookUrl: hook.url, ...CLIENT });
});

afterAll(async () => {
  await okta?.stop();
  await hook.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const api = (pathname: string, init: RequestInit = {}, token = "local-okta-api-token") =>
  fetch(`${okta.url}${pathname}`, { ...init, headers: { Authorization: `SSWS ${token}`, "Content-Type": "application/json" } });

type Rule = { id: string; actions: { token: { inlineHook?: { id: string } } } } & Record<string, unknown>;

async function defaultRule(): Promise<{ url: string; rule: Rule }> {
  const [policy] = (await (await api(RULES)).json()) as { id: string }[];
  const [rule] = (await (await api(`${RULES}/${policy?.id}/rules`)).json()) as Rule[];
  if (!policy || !rule) throw new Error("no seeded policy rule");
  return { url: `${RULES}/${policy.id}/rules/${rule.id}`, rule };
}

describe("the local Okta's authorization server policies", () => {
  it("seeds the default server with one policy and rule carrying the env-configured hook", async () => {
    const server = await (await api("/api/v1/authorizationServers/default")).json();
    expect(server).toMatchObject({ id: "default", audiences: ["api://default"], issuer: okta.issuer });
    const { rule } = await defaultRule();
    const [seeded] = (await (await api("/api/v1/inlineHooks")).json()) as { id: string; channel: { config: { uri: string } } }[];
    expect(seeded?.channel.config.uri).toBe(hook.url);
    expect(rule).toMatchObject({ type: "RESOURCE_ACCESS", status: "ACTIVE", actions: { token: { inlineHook: { id: seeded?.id } } } });
  });

  it("answers Okta's errors: 404 for an unknown server, 400 for a bad rule or hook id, 403 for a read-only token", async () => {
    expect((await (await api("/api/v1/authorizationServers/nope/policies")).json()).errorCode).toBe("E0000007");
    const { url, rule } = await defaultRule();
    const badHook = await api(url, { method: "PUT", body: JSON.stringify({ ...rule, actions: { token: { inlineHook: { id: "calNOPE" } } } }) });
    expect(badHook.status).toBe(400);
    const noGrants = await api(url, { method: "PUT", body: JSON.stringify({ ...rule, conditions: { people: { groups: { include: ["EVERYONE"] } }, grantTypes: { include: [] }, scopes: { include: ["*"] } } }) });
    expect((await noGrants.json()).errorCode).toBe("E0000001");
    const readOnly = await api(url, { method: "PUT", body: JSON.stringify(rule) }, "local-okta-readonly-token");
    expect(readOnly.status).toBe(403);
    expect(await readOnly.json()).toMatchObject({ errorCode: "E0000006", errorSummary: "You don't have permission to perform the requested action." });
    expect((await api(url, {}, "local-okta-readonly-token")).status).toBe(200);
  });

  it("calls no hook when the matching rule has none (the hook-not-attached case)", async () => {
    const { url, rule } = await defaultRule();
    hook.calls.length = 0;
    expect((await signInWithCodeFlow({ issuer: okta.issuer, ...CLIENT }, "kim.sato@example.com")).status).toBe(200);
    expect(hook.calls).toHaveLength(1);

    const { inlineHook, ...token } = rule.actions.token;
    void inlineHook;
    expect((await api(url, { method: "PUT", body: JSON.stringify({ ...rule, actions: { token } }) })).status).toBe(200);
    hook.calls.length = 0;
    expect((await signInWithCodeFlow({ issuer: okta.issuer, ...CLIENT }, "kim.sato@example.com")).status).toBe(200);
    expect(hook.calls).toHaveLength(0);
  });

  it("refuses the token request when no rule matches, as Okta does", async () => {
    const { url, rule } = await defaultRule();
    await api(url, { method: "PUT", body: JSON.stringify({ ...rule, status: "INACTIVE" }) });
    const { status, body } = await signInWithCodeFlow({ issuer: okta.issuer, ...CLIENT }, "kim.sato@example.com");
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "access_denied", error_description: "Policy evaluation failed for this request, please check the policy configurations." });
  });
});
