import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOktaLocal, type OktaLocal } from "../server";
import { createBrowser } from "../test-support/browser";
import { startFakeHook } from "../test-support/fake-hook";

const HOOK_SECRET = "Basic dGVzdDp0ZXN0";
const API = { Authorization: "SSWS local-okta-api-token", "Content-Type": "application/json", Accept: "application/json" };
const base = { appUrl: "http://localhost:3000", clientId: "admin-test-client", clientSecret: "admin-test-secret" };

let okta: OktaLocal;
let dataDir: string;
const hook = await startFakeHook(() => ({ status: 200, body: { commands: [] } }));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "okta-local-admin-"));
  okta = await startOktaLocal({ ...base, port: 0, dataDir, hookUrl: hook.url, hookAuthValue: HOOK_SECRET });
});

afterAll(async () => {
  await okta?.stop();
  await hook.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function signInAsAdmin(login: string) {
  const browser = createBrowser();
  const response = await browser.request(`${okta.url}/admin/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: login, password: "Passw0rd!", returnTo: "/preview" }),
  });
  return { browser, response };
}

describe("the local Okta's admin pages", () => {
  it("send anonymous visitors of /preview and /logs to the administrator sign-in", async () => {
    for (const page of ["/preview", "/logs", "/preview?user=00uXNs28Y9v1J8f7Tdd1"]) {
      const response = await fetch(`${okta.url}${page}`, { redirect: "manual" });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/admin/sign-in?${new URLSearchParams({ returnTo: page })}`);
      expect(await response.text()).not.toContain("extPatientId");
    }
  });

  it("refuse an anonymous Preview send: no hook call, so no patient ID and no hook secret leave", async () => {
    const before = hook.calls.length;
    const response = await fetch(`${okta.url}/preview`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ request: '{"eventType":"com.okta.oauth2.tokens.transform"}' }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect(hook.calls.length).toBe(before);
  });

  it("let only an Okta administrator sign in, then show the pages", async () => {
    const patient = await signInAsAdmin("kim.sato@example.com");
    expect(patient.response.status).toBe(401);
    expect((await patient.browser.request(`${okta.url}/logs`)).status).toBe(302);

    const { browser, response } = await signInAsAdmin("okta.admin@example.com");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/preview");
    const logs = await browser.request(`${okta.url}/logs`);
    expect(logs.status).toBe(200);
    expect(await logs.text()).toContain("<h1>System Log</h1>");
    expect((await browser.request(`${okta.url}/preview`)).status).toBe(200);
    // A form on another site cannot drive the signed-in administrator's browser.
    const crossSite = await browser.request(`${okta.url}/preview`, { method: "POST", headers: { Origin: "http://evil.example" }, body: "" });
    expect(crossSite.status).toBe(403);
    // Signed out, the pages are closed again.
    await browser.request(`${okta.url}/admin/sign-out`, { method: "POST" });
    expect((await browser.request(`${okta.url}/logs`)).status).toBe(302);
  });

  it("never returns to another site after sign-in", async () => {
    const browser = createBrowser();
    const response = await browser.request(`${okta.url}/admin/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "okta.admin@example.com", password: "Passw0rd!", returnTo: "//evil.example/preview" }),
    });
    expect(response.headers.get("location")).toBe("/logs");
  });
});

describe("the inline hook Management API", () => {
  it("refuses a new URI without the secret, so the stored secret is never delivered to it", async () => {
    const [seeded] = (await (await fetch(`${okta.url}/api/v1/inlineHooks`, { headers: API })).json()) as { id: string; channel: { config: Record<string, unknown> } }[];
    const moved = { ...seeded, channel: { ...seeded?.channel, config: { ...seeded?.channel.config, uri: "http://127.0.0.1:9/steal" } } };
    const put = await fetch(`${okta.url}/api/v1/inlineHooks/${seeded?.id}`, { method: "PUT", headers: API, body: JSON.stringify(moved) });
    expect(put.status).toBe(400);
    expect(await put.json()).toMatchObject({
      errorCode: "E0000001",
      errorCauses: [{ errorSummary: "channel.config.authScheme.value: Required when channel.config.uri or authScheme.key changes" }],
    });
    const after = (await (await fetch(`${okta.url}/api/v1/inlineHooks/${seeded?.id}`, { headers: API })).json()) as { channel: { config: { uri: string } } };
    expect(after.channel.config.uri).toBe(hook.url);
    // The same URI without the secret (Okta's read-modify-write) still keeps it.
    const same = await fetch(`${okta.url}/api/v1/inlineHooks/${seeded?.id}`, { method: "PUT", headers: API, body: JSON.stringify(seeded) });
    expect(same.status).toBe(200);
  });
});

describe("listening", () => {
  it("listens on loopback only by default", async () => {
    const port = Number(new URL(okta.url).port);
    const reachable = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, host);
        socket.once("connect", () => resolve(true));
        socket.once("error", () => resolve(false));
        socket.setTimeout(2000, () => resolve(false));
      }).finally(() => undefined);
    expect(await reachable("127.0.0.1")).toBe(true);
    const external = Object.values(networkInterfaces()).flat().find((address) => address && !address.internal && address.family === "IPv4");
    if (external) expect(await reachable(external.address)).toBe(false);
  });

  it("refuses to listen off loopback with the published API tokens or Okta's example hook secret", async () => {
    // Refused before it binds anything.
    await expect(startOktaLocal({ ...base, host: "0.0.0.0", port: 0, dataDir, hookAuthValue: "basic YWRtaW46c3VwZXJzZWNyZXQ=" })).rejects.toThrow(
      /refuses to listen on 0\.0\.0\.0[\s\S]*OKTA_LOCAL_API_TOKEN[\s\S]*OKTA_LOCAL_READONLY_API_TOKEN[\s\S]*OKTA_LOCAL_HOOK_AUTH_VALUE/,
    );
    await expect(
      startOktaLocal({ ...base, host: "0.0.0.0", port: 0, dataDir, apiToken: "local-okta-api-token", readOnlyApiToken: "r-7Hq2", hookAuthValue: HOOK_SECRET }),
    ).rejects.toThrow(/OKTA_LOCAL_API_TOKEN: set your own/);
  });
});
