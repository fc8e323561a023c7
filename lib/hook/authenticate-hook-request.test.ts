import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateHookRequest, type HookAuthSettings } from "./authenticate-hook-request";

const OKTA_GUIDE = "Basic YWRtaW46c3VwZXJzZWNyZXQ=";
const headers = (values: Record<string, string>) => new Headers(values);
const basic: HookAuthSettings = { header: "Authorization", secrets: [OKTA_GUIDE] };
const ok = { authenticated: true };
const refused = (reason: string) => ({ authenticated: false, reason });

describe("authenticateHookRequest: secret header", () => {
  it("accepts the configured value and refuses others, saying why", async () => {
    expect(await authenticateHookRequest(headers({ authorization: OKTA_GUIDE }), basic)).toEqual(ok);
    expect(await authenticateHookRequest(headers({}), basic)).toEqual(refused("no_credentials"));
    expect(await authenticateHookRequest(headers({ authorization: OKTA_GUIDE.slice(0, -1) + "A" }), basic)).toEqual(refused("wrong_secret"));
    expect(await authenticateHookRequest(headers({ authorization: `Basic ${"A".repeat(20_000)}` }), basic)).toEqual(refused("wrong_secret"));
  });

  it("accepts any of several secrets (rotation) in a custom header", async () => {
    const settings = { header: "X-Hook-Secret", secrets: ["old-secret", "new-secret"] };
    expect(await authenticateHookRequest(headers({ "x-hook-secret": "old-secret" }), settings)).toEqual(ok);
    expect(await authenticateHookRequest(headers({ "x-hook-secret": "new-secret" }), settings)).toEqual(ok);
    // The secret in another header than the configured one: nothing where the hook looks.
    expect(await authenticateHookRequest(headers({ authorization: "new-secret" }), settings)).toEqual(refused("no_credentials"));
  });

  it("refuses every call when no credential is configured", async () => {
    const none = { header: "Authorization", secrets: [] };
    expect(await authenticateHookRequest(headers({ authorization: "" }), none)).toEqual(refused("not_configured"));
    expect(await authenticateHookRequest(headers({ authorization: "anything" }), none)).toEqual(refused("not_configured"));
  });
});

describe("authenticateHookRequest: OAuth 2.0 bearer JWT", () => {
  let server: Server;
  let issuer: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let publicJwk: JWK;
  const audience = "api://hooks";

  beforeAll(async () => {
    keys = await generateKeyPair("RS256");
    publicJwk = { ...(await exportJWK(keys.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url?.endsWith("/v1/keys")) res.end(JSON.stringify({ keys: [publicJwk] }));
      else if (req.url?.includes("/.well-known/")) res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/v1/keys` }));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const settings = () => ({ header: "Authorization", secrets: [], oauth: { issuer, audience } });
  const sign = (claims: Record<string, unknown>, key = keys.privateKey, alg = "RS256") =>
    new SignJWT(claims).setProtectedHeader({ alg, kid: "k1" }).setIssuedAt().setExpirationTime("5m").sign(key);
  const bearer = (token: string) => headers({ authorization: `Bearer ${token}` });

  it("accepts a token signed by the issuer's key with the right iss and aud", async () => {
    const token = await sign({ iss: issuer, aud: audience, scp: ["okta.hooks"] });
    expect(await authenticateHookRequest(bearer(token), settings())).toEqual(ok);
  });

  it("refuses wrong iss, wrong aud, expiry, alg none, HS256 with the public key and foreign keys, each by its reason", async () => {
    const other = await generateKeyPair("RS256");
    const expired = await new SignJWT({ iss: issuer, aud: audience })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(keys.privateKey);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ iss: issuer, aud: audience })).toString("base64url")}.`;
    const hmacKey = new TextEncoder().encode(JSON.stringify(publicJwk));
    const candidates: [string, string][] = [
      [await sign({ iss: `${issuer}x`, aud: audience }), "token_wrong_issuer"],
      // Another issuer's token, signed by its own key: told apart from a forgery by its (unverified) iss.
      [await sign({ iss: "https://elsewhere.example/oauth2/default", aud: audience }, other.privateKey), "token_wrong_issuer"],
      [await sign({ iss: issuer, aud: "api://other" }), "token_wrong_audience"],
      [expired, "token_expired"],
      [unsigned, "token_malformed"],
      [await sign({ iss: issuer, aud: audience }, other.privateKey), "token_bad_signature"],
      [await new SignJWT({ iss: issuer, aud: audience }).setProtectedHeader({ alg: "HS256", kid: "k1" }).setExpirationTime("5m").sign(hmacKey), "token_malformed"],
      ["not-a-jwt", "token_malformed"],
    ];
    for (const [token, reason] of candidates) {
      expect(await authenticateHookRequest(bearer(token), settings()), reason).toEqual(refused(reason));
    }
    // A credential that is not a bearer token at all, on an OAuth-only hook.
    expect(await authenticateHookRequest(headers({ authorization: OKTA_GUIDE }), settings())).toEqual(refused("no_credentials"));
  });

  it("says the issuer's keys were unavailable when they cannot be fetched", async () => {
    const token = await sign({ iss: "http://127.0.0.1:9/oauth2/unreachable", aud: audience });
    const unreachable = { header: "Authorization", secrets: [], oauth: { issuer: "http://127.0.0.1:9/oauth2/unreachable", audience } };
    expect(await authenticateHookRequest(bearer(token), unreachable)).toEqual(refused("token_keys_unavailable"));
  });
});
