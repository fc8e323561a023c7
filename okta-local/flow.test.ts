import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOktaLocal, type OktaLocal } from "./server";
import { createBrowser } from "./test-support/browser";
import { startFakeHook } from "./test-support/fake-hook";

const CLIENT_ID = "flow-test-client";
const CLIENT_SECRET = "flow-test-secret";
const APP_URL = "http://localhost:3000";
const REDIRECT_URI = `${APP_URL}/api/auth/callback/okta`;
const HOOK_SECRET = "Basic dGVzdDp0ZXN0";
const base64url = (bytes: Buffer) => bytes.toString("base64url");

type Tokens = { access_token: string; id_token: string; refresh_token?: string; expires_in: number };

let okta: OktaLocal;
let dataDir: string;
let hookMode: "patch" | "error" = "patch";
// Like the real hook service: 401 without the secret, else the claim (or an error object).
const hook = await startFakeHook(({ headers }) => {
  if (headers.authorization !== HOOK_SECRET) return { status: 401 };
  if (hookMode === "error") return { status: 200, body: { error: { errorSummary: "Patient lookup failed" } } };
  return {
    status: 200,
    body: {
      commands: [
        { type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "1234" }] },
        {
          type: "com.okta.access.patch",
          value: [
            { op: "add", path: "/claims/extPatientId", value: "1234" },
            { op: "replace", path: "/token/lifetime/expiration", value: 900 },
          ],
        },
      ],
    },
  };
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "okta-local-flow-"));
  okta = await startOktaLocal({
    port: 0,
    appUrl: APP_URL,
    dataDir,
    hookUrl: hook.url,
    hookAuthValue: HOOK_SECRET,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
});

afterAll(async () => {
  await okta?.stop();
  await hook.stop();
  await rm(dataDir, { recursive: true, force: true });
});

function postToken(params: Record<string, string>): Promise<Response> {
  return fetch(`${okta.issuer}/v1/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}` },
    body: new URLSearchParams(params),
  });
}

async function token(params: Record<string, string>): Promise<Tokens> {
  const response = await postToken(params);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Tokens;
}

/** The Management API with the default API token. */
function management(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", "SSWS local-okta-api-token");
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(`${okta.url}${path}`, { ...init, headers });
}

/** The code flow with PKCE, signing in through the local Okta's own form; returns the code exchange. */
async function signInForCode(login: string): Promise<{ exchange: Record<string, string>; nonce: string }> {
  const browser = createBrowser();
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const nonce = base64url(randomBytes(16));
  const authorize = new URL(`${okta.issuer}/v1/authorize`);
  authorize.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: "code",
    scope: "openid profile email groups offline_access",
    redirect_uri: REDIRECT_URI,
    state,
    nonce,
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
  }).toString();

  const atApp = (url: string) => url.startsWith(REDIRECT_URI);
  const loginPage = await browser.follow(authorize.href, atApp);
  const html = (await loginPage.response?.text()) ?? "";
  expect(html).toContain('<label for="username">Username</label>');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? "";
  const callback = await browser.follow(new URL(action, loginPage.url).href, atApp, {
    method: "POST",
    body: new URLSearchParams({ username: login, password: "Passw0rd!" }),
  });
  const returned = new URL(callback.url).searchParams;
  expect(returned.get("state")).toBe(state);
  const code = returned.get("code") ?? "";
  return { exchange: { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier }, nonce };
}

async function signIn(login: string): Promise<{ tokens: Tokens; nonce: string }> {
  const { exchange, nonce } = await signInForCode(login);
  return { tokens: await token(exchange), nonce };
}

describe("the local Okta's code flow", () => {
  it("calls the hook like Okta, signs tokens carrying its claim, and calls it again on refresh", async () => {
    const { tokens, nonce } = await signIn("jessie.smith@example.com");
    const keys = createRemoteJWKSet(new URL(`${okta.issuer}/v1/keys`));

    const { payload: idToken } = await jwtVerify(tokens.id_token, keys, { issuer: okta.issuer, audience: CLIENT_ID });
    expect(idToken).toMatchObject({ extPatientId: "1234", nonce, ver: 1, amr: ["pwd"], preferred_username: "jessie.smith@example.com" });
    expect(idToken.jti).toMatch(/^ID\./);
    const digest = createHash("sha256").update(tokens.access_token).digest();
    expect(idToken.at_hash).toBe(base64url(digest.subarray(0, 16)));

    const { payload: accessToken } = await jwtVerify(tokens.access_token, keys, { issuer: okta.issuer, audience: "api://default" });
    expect(accessToken).toMatchObject({ extPatientId: "1234", sub: "jessie.smith@example.com", cid: CLIENT_ID, uid: idToken.sub });
    expect(accessToken.scp).toEqual(expect.arrayContaining(["openid", "offline_access"]));
    expect([tokens.expires_in, Number(accessToken.exp) - Number(accessToken.iat)]).toEqual([900, 900]);
    expect(Number(idToken.exp) - Number(idToken.iat)).toBe(3600);

    const [first] = hook.calls;
    expect(hook.calls).toHaveLength(1);
    expect(first?.headers.authorization).toBe(HOOK_SECRET);
    expect(first?.body.source).toBe(`${okta.issuer}/v1/authorize`);
    const firstData = first?.body.data as { refresh_token?: { jti: string }; identity?: { claims: Record<string, unknown> } };
    expect(firstData.refresh_token?.jti).toMatch(/^oar/);
    expect(firstData.identity?.claims).not.toHaveProperty("iat");

    const refreshed = await token({ grant_type: "refresh_token", refresh_token: tokens.refresh_token ?? "" });
    const { payload: refreshedId } = await jwtVerify(refreshed.id_token, keys, { issuer: okta.issuer, audience: CLIENT_ID });
    expect(refreshedId.extPatientId).toBe("1234");
    expect(hook.calls).toHaveLength(2);
    const second = hook.calls[1]?.body as { source: string; data: { refresh_token?: { jti: string }; context: { protocol: Record<string, unknown> } } };
    expect(second.source).toBe(`${okta.issuer}/v1/token`);
    expect(second.data.refresh_token?.jti).toBe(firstData.refresh_token?.jti);
    expect(second.data.context.protocol).toMatchObject({
      request: { grant_type: "refresh_token", client_id: CLIENT_ID },
      OriginalGrant: { refresh_token: { jti: firstData.refresh_token?.jti }, authorization: { response_type: "code" } },
    });
  });
});

describe("the local Okta's token hook configuration", () => {
  it("answers the Management API like Okta and calls the hook as reconfigured", async () => {
    expect((await fetch(`${okta.url}/api/v1/inlineHooks`)).status).toBe(401);
    const [seeded] = (await (await management("/api/v1/inlineHooks")).json()) as { id: string; channel: { config: Record<string, unknown> } }[];
    expect(seeded?.channel.config).toMatchObject({ uri: hook.url, authScheme: { type: "HEADER", key: "Authorization" } });
    expect(JSON.stringify(seeded)).not.toContain(HOOK_SECRET);

    // A wrong secret: the hook answers 401, so Okta issues the tokens without the claim.
    const wrong = { ...seeded, channel: { ...seeded?.channel, config: { ...seeded?.channel.config, authScheme: { type: "HEADER", key: "Authorization", value: "Basic d3Jvbmc6d3Jvbmc=" } } } };
    const put = await management(`/api/v1/inlineHooks/${seeded?.id}`, { method: "PUT", body: JSON.stringify(wrong) });
    expect(put.status).toBe(200);
    const { tokens } = await signIn("kim.sato@example.com");
    expect(JSON.parse(Buffer.from(tokens.id_token.split(".")[1] ?? "", "base64url").toString())).not.toHaveProperty("extPatientId");
    const [event] = (await (await management("/api/v1/logs")).json()) as { eventType: string; outcome: { reason: string } }[];
    expect(event).toMatchObject({ eventType: "inline_hook.executed", outcome: { reason: "HTTP 401" } });

    // The right secret again, and a hook that answers with an error object: no token at all.
    const right = { ...wrong, channel: { ...wrong.channel, config: { ...wrong.channel.config, authScheme: { type: "HEADER", key: "Authorization", value: HOOK_SECRET } } } };
    expect((await management(`/api/v1/inlineHooks/${seeded?.id}`, { method: "PUT", body: JSON.stringify(right) })).status).toBe(200);
    hookMode = "error";
    const { exchange } = await signInForCode("rajiv.tal@example.com");
    const refused = await postToken(exchange);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "server_error", error_description: "Patient lookup failed" });
  });
});
