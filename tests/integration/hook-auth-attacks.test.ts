import { randomUUID } from "node:crypto";
import { generateKeyPair, SignJWT } from "jose";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stack } from "@/scripts/stack";
import { startJwksIssuer, type JwksIssuer } from "@/tests/support/jwks-server";
import { startOwnStack } from "@/tests/support/own-stack";
import { callHook, OKTA_GUIDE_AUTH } from "@/scripts/load/call-hook";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import { testPort } from "@/tests/support/ports";

// Its own stack: the shared one has no OAuth issuer, and these calls must reach a real server.
const AUDIENCE = "api://patient-claims-hook";
let stack: Stack;
let issuer: JwksIssuer;
let stranger: JwksIssuer;
let pool: pg.Pool;

beforeAll(async () => {
  issuer = await startJwksIssuer(AUDIENCE);
  stranger = await startJwksIssuer(AUDIENCE);
  stack = await startOwnStack({
    name: "auth",
    appPort: testPort("AUTH_ATTACKS_APP_PORT", 3710),
    dbPort: testPort("AUTH_ATTACKS_DB_PORT", 24371),
    env: { HOOK_OAUTH_ISSUER: issuer.issuer, HOOK_OAUTH_AUDIENCE: AUDIENCE },
  });
  pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
});
afterAll(async () => {
  await pool?.end();
  await stack?.stop();
  await issuer?.close();
  await stranger?.close();
});

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function recordedEvents(eventIds: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM hook_events WHERE event_id = ANY($1)", [eventIds]);
  return Number(rows[0]?.n);
}

/** Events are written after the response (`after()`): wait until `count` are there, or time out. */
async function waitForEvents(eventIds: string[], count: number, timeoutMs = 3_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let found = await recordedEvents(eventIds);
  while (found < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    found = await recordedEvents(eventIds);
  }
  return found;
}

/** Refused calls counted per reason so far (hook_refusals adds them up per minute). */
async function refusalCounts(): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ reason: string; n: string }>("SELECT reason::text, sum(count) AS n FROM hook_refusals GROUP BY reason");
  return Object.fromEntries(rows.map((row) => [row.reason, Number(row.n)]));
}

// The reason each attack is counted under (none for the 100 KB headers, which may never reach the app).
const EXPECTED_REASONS: Record<string, string> = {
  "no credential": "no_credentials",
  "a wrong secret": "wrong_secret",
  "the secret with only its last character changed": "wrong_secret",
  "the secret in another header": "no_credentials",
  "alg none": "token_malformed",
  "HS256 keyed with the issuer's public key": "token_malformed",
  "a wrong iss": "token_wrong_issuer",
  "a wrong aud": "token_wrong_audience",
  "an expired token": "token_expired",
  "the right iss signed with a foreign key": "token_bad_signature",
  "a token from another issuer": "token_wrong_issuer",
  "a token from another issuer claiming ours": "token_bad_signature",
  "Bearer with no token": "token_malformed",
};

async function attacks(): Promise<[string, Record<string, string>][]> {
  const hmacWithPublicJwk = new TextEncoder().encode(JSON.stringify(issuer.publicJwk));
  const hs256 = await new SignJWT({ iss: issuer.issuer, aud: AUDIENCE })
    .setProtectedHeader({ alg: "HS256", kid: "k1" })
    .setExpirationTime("5m")
    .sign(hmacWithPublicJwk);
  const foreignKey = (await generateKeyPair("RS256")).privateKey;
  const secret = OKTA_GUIDE_AUTH.authorization;
  return [
    ["no credential", {}],
    ["a wrong secret", { authorization: "Basic d3Jvbmc6d3Jvbmc=" }],
    ["the secret with only its last character changed", { authorization: `${secret.slice(0, -1)}A` }],
    ["the secret in another header", { "x-hook-secret": secret }],
    ["a 100 KB Authorization header", { authorization: `Basic ${"A".repeat(100_000)}` }],
    ["a 100 KB bearer token", bearer("e".repeat(100_000))],
    ["alg none", bearer(`${base64url({ alg: "none", kid: "k1" })}.${base64url({ iss: issuer.issuer, aud: AUDIENCE, exp: 4e9 })}.`)],
    ["HS256 keyed with the issuer's public key", bearer(hs256)],
    ["a wrong iss", bearer(await issuer.sign({ iss: `${issuer.issuer}/other` }))],
    ["a wrong aud", bearer(await issuer.sign({ aud: "api://something-else" }))],
    ["an expired token", bearer(await issuer.sign({}, { expiresAt: Math.floor(Date.now() / 1000) - 120 }))],
    ["the right iss signed with a foreign key", bearer(await issuer.sign({}, { key: foreignKey }))],
    ["a token from another issuer", bearer(await stranger.sign({}))],
    ["a token from another issuer claiming ours", bearer(await stranger.sign({ iss: issuer.issuer }))],
    ["Bearer with no token", { authorization: "Bearer " }],
  ];
}

describe("hook authentication under attack (HTTP, own stack with OAuth)", () => {
  it("accepts the configured secret and a valid bearer token, and records both (the control)", async () => {
    const bySecret = oktaSampleRequest("kim.sato@example.com");
    const byToken = oktaSampleRequest("kim.sato@example.com");
    expect((await callHook(stack.appUrl, bySecret)).status).toBe(200);
    expect((await callHook(stack.appUrl, byToken, bearer(await issuer.sign({})))).status).toBe(200);
    expect(await waitForEvents([bySecret.eventId, byToken.eventId], 2)).toBe(2);
  });

  it("refuses every forged, stale, foreign or malformed credential with 401 (431 for huge headers), nothing recorded but a count by reason", async () => {
    const eventIds: string[] = [];
    const before = await refusalCounts();
    const expected: Record<string, number> = {};
    for (const [name, headers] of await attacks()) {
      const request = oktaSampleRequest("kim.sato@example.com");
      request.eventId = `attack-${randomUUID()}`;
      eventIds.push(request.eventId);
      const { status, text } = await callHook(stack.appUrl, request, headers);
      const allowed = name.includes("100 KB") ? [401, 431] : [401];
      expect(allowed, `${name}: answered ${status}`).toContain(status);
      expect(text, `${name}: a refusal says nothing`).toBe("");
      const reason = EXPECTED_REASONS[name] ?? (status === 401 ? "wrong_secret" : undefined); // a 100 KB value is no secret
      if (reason) expected[reason] = (expected[reason] ?? 0) + 1;
    }
    // Give after() the time it takes for the control above; still nothing may appear.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await recordedEvents(eventIds)).toBe(0);
    // Each refusal counted under its reason: no body, login or credential stored anywhere.
    const after = await refusalCounts();
    const added = Object.fromEntries(Object.keys(after).map((reason) => [reason, after[reason]! - (before[reason] ?? 0)]).filter(([, n]) => n));
    expect(added).toEqual(expected);
  });
});
