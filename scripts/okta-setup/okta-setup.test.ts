import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCodeFlow } from "@/okta-local/management/test-support/sign-in";
import { startOktaLocal, type OktaLocal } from "@/okta-local/server";
import { startFakeHook } from "@/okta-local/test-support/fake-hook";
import { WRITE_CALLS, type OktaAdmin } from "./okta-admin";
import { parseSetupOptions, type SetupOptions } from "./options";
import { runOktaSetup } from "./run-okta-setup";
import { createSdkOktaAdmin } from "./sdk-okta-admin";

// okta:setup against the local Okta, through the real SDK; the local Okta then calls the hook on
// the rule that matches the sign-in (docs/okta-token-hook.md §1), so the hook registered is the hook called.
const CLIENT = { clientId: "setup-test-client", clientSecret: "setup-test-secret", redirectUri: "http://localhost:3000/api/auth/callback/okta" };
const SECRET = "Basic c2V0dXA6dGVzdA==";
const HEADER = "X-Patient-Claims-Key";
const NAME = "Patient Claims token hook (setup test)";

let okta: OktaLocal;
let dataDir: string;
const hook = await startFakeHook(({ headers }) =>
  headers[HEADER.toLowerCase()] === SECRET
    ? { status: 200, body: { commands: [{ type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "4321" }] }] } }
    : { status: 401 },
);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "okta-setup-"));
  // The seeded hook points nowhere useful: only the hook okta:setup registers answers.
  okta = await startOktaLocal({ port: 0, appUrl: "http://localhost:3000", dataDir, hookUrl: "http://127.0.0.1:9/unused", ...CLIENT });
});

afterAll(async () => {
  await okta?.stop();
  await hook.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function options(args: string[] = [], token = "local-okta-api-token"): SetupOptions {
  const parsed = parseSetupOptions(["--hook-url", hook.url, "--name", NAME, ...args], {
    OKTA_ORG_URL: okta.url,
    OKTA_API_TOKEN: token,
    HOOK_AUTH_HEADER: HEADER,
    HOOK_AUTH_SECRETS: `${SECRET},an-older-secret`,
  });
  if (parsed === "help") throw new Error("unexpected --help");
  return parsed;
}

/** Runs okta:setup through the SDK, recording which admin calls it made and what it printed. */
async function setup(opts: SetupOptions) {
  const calls: string[] = [];
  const sdk = createSdkOktaAdmin({ orgUrl: opts.orgUrl, token: opts.apiToken });
  const admin = new Proxy(sdk, {
    get: (target, name: keyof OktaAdmin) => (...args: never[]) => {
      calls.push(name);
      return (target[name] as (...a: never[]) => unknown)(...args);
    },
  });
  const lines: string[] = [];
  const result = await runOktaSetup(opts, { admin, print: (line) => lines.push(line) });
  return { result, calls, writes: calls.filter((call) => (WRITE_CALLS as readonly string[]).includes(call)), output: lines.join("\n") };
}

async function api<T>(pathname: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${okta.url}${pathname}`, {
    ...init,
    headers: { Authorization: "SSWS local-okta-api-token", "Content-Type": "application/json" },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

type Rule = { id: string; name: string; conditions: { grantTypes: { include: string[] } }; actions: { token: { inlineHook?: { id: string } } } };
type Policy = { id: string; name: string; priority: number };
const policies = () => api<Policy[]>("/api/v1/authorizationServers/default/policies");
const rules = (policyId: string) => api<Rule[]>(`/api/v1/authorizationServers/default/policies/${policyId}/rules`);
const registeredHook = async () => (await api<{ id: string; name: string; status: string; channel: { config: { uri: string; authScheme: { key: string } } } }[]>("/api/v1/inlineHooks")).find((h) => h.name === NAME);
const stateFile = () => readFile(path.join(dataDir, "state.json"), "utf8");

describe("npm run okta:setup against the local Okta", () => {
  it("registers the hook, activates it and attaches it to the matching rule", async () => {
    const { result, writes, output } = await setup(options());
    expect(result.changed).toBe(true);
    expect(writes).toEqual(["createInlineHook", "replaceRule"]);
    expect(output).not.toContain(SECRET);

    const created = await registeredHook();
    expect(created).toMatchObject({ status: "ACTIVE", channel: { config: { uri: hook.url, authScheme: { key: HEADER } } } });
    const [policy] = await policies();
    const [rule] = await rules(policy?.id ?? "");
    expect(rule?.actions.token.inlineHook?.id).toBe(created?.id);
  });

  it("changes nothing on a second run, makes no write calls, and says so", async () => {
    const before = await stateFile();
    const { result, writes, calls, output } = await setup(options());
    expect(result.changed).toBe(false);
    expect(calls.length).toBeGreaterThan(0);
    expect(writes).toEqual([]);
    expect(output).toMatch(/^No changes: /m);
    expect(await stateFile()).toBe(before);
  });

  it("sends sign-ins through the registered hook with the configured header", async () => {
    hook.calls.length = 0;
    const { status, body } = await signInWithCodeFlow({ issuer: okta.issuer, ...CLIENT }, "kim.sato@example.com");
    expect(status).toBe(200);
    expect(hook.calls).toHaveLength(1);
    expect(hook.calls[0]?.headers[HEADER.toLowerCase()]).toBe(SECRET);
    const idToken = JSON.parse(Buffer.from(String(body.id_token).split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;
    expect(idToken.extPatientId).toBe("4321");
  });

  it("with --dry-run prints the calls, secret masked, and writes nothing", async () => {
    const before = await stateFile();
    const { writes, output } = await setup(options(["--dry-run", "--hook-url", `${hook.url}?v=2`]));
    expect(writes).toEqual([]);
    expect(output).toMatch(/^Dry run: 1 call\(s\)/m);
    expect(output).toMatch(/PUT \/api\/v1\/inlineHooks\/cal\w+/);
    expect(output).toContain('"value": "********"');
    expect(output).not.toContain(SECRET);
    expect(await stateFile()).toBe(before);
  });

  it("fails with Okta's own error when the token may not write, and changes nothing", async () => {
    const before = await stateFile();
    const run = setup(options(["--hook-url", `${hook.url}?v=3`], "local-okta-readonly-token"));
    await expect(run).rejects.toThrow(/HTTP 403 E0000006: You don't have permission to perform the requested action\./);
    await expect(run).rejects.not.toThrow(SECRET);
    expect(await stateFile()).toBe(before);
  });

  it("creates a policy and rule when no ACTIVE rule allows the code flow, and sign-in uses it", async () => {
    const [policy] = await policies();
    const [rule] = await rules(policy?.id ?? "");
    const base = `/api/v1/authorizationServers/default/policies/${policy?.id}/rules/${rule?.id}`;
    await api(base, { method: "PUT", body: JSON.stringify({ ...rule, conditions: { ...rule?.conditions, grantTypes: { include: ["client_credentials"] } } }) });

    const { writes } = await setup(options());
    expect(writes).toEqual(["createPolicy", "createRule"]);
    const [first] = await policies();
    expect(first).toMatchObject({ name: "Patient Claims", priority: 1 });
    const [created] = await rules(first?.id ?? "");
    expect(created?.actions.token.inlineHook?.id).toBe((await registeredHook())?.id);
    expect((await setup(options())).writes).toEqual([]);

    hook.calls.length = 0;
    expect((await signInWithCodeFlow({ issuer: okta.issuer, ...CLIENT }, "kim.sato@example.com")).status).toBe(200);
    expect(hook.calls).toHaveLength(1);
  });
});
