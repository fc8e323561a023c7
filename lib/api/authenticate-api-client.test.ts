import { generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJwksIssuer, type JwksIssuer } from "@/tests/support/jwks-server";
import { authenticateApiClient } from "./authenticate-api-client";

// Okta's client-credentials access token: cid and sub are the client ID, scp the granted scopes.
const AUDIENCE = "api://default";
let issuer: JwksIssuer;
let stranger: JwksIssuer;

beforeAll(async () => {
  issuer = await startJwksIssuer(AUDIENCE);
  stranger = await startJwksIssuer(AUDIENCE);
});
afterAll(async () => {
  await issuer?.close();
  await stranger?.close();
});

const verification = () => ({ issuer: issuer.issuer, audience: AUDIENCE, keysTimeoutMs: 2000 });
const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });
const serviceClaims = { cid: "0oa-sync", sub: "0oa-sync", scp: ["patients.read", "patients.write"] };

describe("authenticateApiClient", () => {
  it("accepts an Okta client-credentials token with the scope, naming the client", async () => {
    const result = await authenticateApiClient(bearer(await issuer.sign(serviceClaims)), verification(), "patients.write");
    expect(result).toEqual({ ok: true, client: { clientId: "0oa-sync", scopes: ["patients.read", "patients.write"] } });
  });

  it("refuses a good token without the scope with 403, naming the scope", async () => {
    const token = await issuer.sign({ ...serviceClaims, scp: ["patients.read"] });
    expect(await authenticateApiClient(bearer(token), verification(), "patients.write")).toMatchObject({ ok: false, status: 403, scope: "patients.write" });
  });

  it.each([
    ["no token", async () => new Headers(), /Send an OAuth 2.0 access token/],
    ["a Basic credential", async () => new Headers({ authorization: "Basic YWRtaW46c3VwZXJzZWNyZXQ=" }), /Send an OAuth 2.0 access token/],
    ["an expired token", async () => bearer(await issuer.sign(serviceClaims, { expiresAt: Math.floor(Date.now() / 1000) - 60 })), /expired/],
    ["a token for another audience", async () => bearer(await issuer.sign({ ...serviceClaims, aud: "api://other" })), /another audience/],
    ["a token from another issuer", async () => bearer(await stranger.sign(serviceClaims)), /another issuer/],
    ["our issuer's name signed with another key", async () => bearer(await issuer.sign(serviceClaims, { key: (await generateKeyPair("RS256")).privateKey })), /signature/],
    ["a token naming no client", async () => bearer(await issuer.sign({ scp: ["patients.write"] })), /names no client/],
    ["not a JWT", async () => bearer("not.a.jwt"), /not a well-formed JWT/],
  ])("refuses %s with 401", async (_name, headers, reason) => {
    const result = await authenticateApiClient(await headers(), verification(), "patients.read");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(401);
      expect(result.reason).toMatch(reason);
    }
  });

  it("refuses everything when no issuer is configured", async () => {
    const result = await authenticateApiClient(bearer(await issuer.sign(serviceClaims)), null, "patients.read");
    expect(result).toMatchObject({ ok: false, status: 401, reason: expect.stringMatching(/API_OAUTH_ISSUER/) });
  });

  it("reads RFC 9068 tokens' client_id and space-separated scope too", async () => {
    const token = await issuer.sign({ client_id: "rfc-client", scope: "patients.read openid" });
    expect(await authenticateApiClient(bearer(token), verification(), "patients.read")).toEqual({ ok: true, client: { clientId: "rfc-client", scopes: ["patients.read", "openid"] } });
  });
});
