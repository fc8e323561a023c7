import OktaJwtVerifier from "@okta/jwt-verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCodeFlow } from "../management/test-support/sign-in";
import { startLocalOrg, type LocalOrg } from "../test-support/local-org";

// Tokens as Okta's own libraries and endpoints see them: a public client (PKCE, no secret),
// invalid_scope, and /v1/introspect and /v1/revoke for JWT access tokens and refresh tokens.
let org: LocalOrg;
let spa: { clientId: string; redirectUri: string };
const WEB = { clientId: "org-test-client", clientSecret: "org-test-client-secret", redirectUri: "http://localhost:3000/api/auth/callback/okta" };

beforeAll(async () => {
  org = await startLocalOrg();
  const created = await org.api("/api/v1/apps", {
    method: "POST",
    body: JSON.stringify({
      name: "oidc_client",
      label: "Patient Portal SPA",
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "none" } },
      settings: { oauthClient: { application_type: "browser", grant_types: ["authorization_code"], response_types: ["code"], redirect_uris: ["http://localhost:5173/login/callback"] } },
    }),
  });
  const app = (await created.json()) as { credentials: { oauthClient: { client_id: string; client_secret?: string } } };
  expect(app.credentials.oauthClient.client_secret).toBeUndefined();
  spa = { clientId: app.credentials.oauthClient.client_id, redirectUri: "http://localhost:5173/login/callback" };
});

afterAll(async () => org?.stop());

const form = (client: { clientId: string; clientSecret?: string }, token: string) =>
  new URLSearchParams({ token, client_id: client.clientId, ...(client.clientSecret ? { client_secret: client.clientSecret } : {}) });
const post = async (endpoint: string, body: URLSearchParams, basic?: string) => {
  const response = await fetch(`${org.okta.issuer}/v1/${endpoint}`, { method: "POST", body, headers: basic ? { Authorization: `Basic ${basic}` } : {} });
  return { status: response.status, body: response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text() };
};
const basicOf = ({ clientId, clientSecret }: { clientId: string; clientSecret: string }) => Buffer.from(`${clientId}:${clientSecret}`).toString("base64");

describe("tokens as Okta issues and checks them", () => {
  it("a public browser app completes the code flow with PKCE and no secret; Okta's verifier accepts its tokens", async () => {
    const { status, body, nonce } = await signInWithCodeFlow({ issuer: org.okta.issuer, ...spa, scope: "openid profile groups" }, "kim.sato@example.com");
    expect(status).toBe(200);
    const verifier = new OktaJwtVerifier({ issuer: org.okta.issuer, clientId: spa.clientId, testing: { disableHttpsCheck: true } });
    const idToken = await verifier.verifyIdToken(String(body.id_token), spa.clientId, nonce);
    expect(idToken.claims).toMatchObject({ preferred_username: "kim.sato@example.com", groups: ["Everyone"] });
    const access = await verifier.verifyAccessToken(String(body.access_token), "api://default");
    expect(access.claims).toMatchObject({ cid: spa.clientId, scp: ["openid", "profile", "groups"] });
    // Its client_id alone does not buy a token for a confidential-only grant.
    const noPkce = await fetch(`${org.okta.issuer}/v1/token`, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: spa.clientId }) });
    expect(noPkce.status).toBe(400);
  });

  it("a public native app (custom-scheme redirect) signs in with PKCE and gets a refresh token; without PKCE it is refused", async () => {
    const redirectUri = "com.example.ward:/callback";
    const created = await org.api("/api/v1/apps", {
      method: "POST",
      body: JSON.stringify({
        name: "oidc_client",
        label: "Ward app",
        credentials: { oauthClient: { token_endpoint_auth_method: "none" } },
        settings: { oauthClient: { application_type: "native", grant_types: ["authorization_code", "refresh_token"], redirect_uris: [redirectUri] } },
      }),
    });
    const clientId = ((await created.json()) as { credentials: { oauthClient: { client_id: string } } }).credentials.oauthClient.client_id;
    const { status, body } = await signInWithCodeFlow({ issuer: org.okta.issuer, clientId, redirectUri, scope: "openid offline_access" }, "kim.sato@example.com");
    expect(status).toBe(200);
    const refreshed = await fetch(`${org.okta.issuer}/v1/token`, { method: "POST", body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: String(body.refresh_token), client_id: clientId }) });
    expect(refreshed.status).toBe(200);

    const authorize = new URL(`${org.okta.issuer}/v1/authorize`);
    authorize.search = new URLSearchParams({ client_id: clientId, response_type: "code", scope: "openid", redirect_uri: redirectUri, state: "s" }).toString();
    const noPkce = new URL((await fetch(authorize, { redirect: "manual" })).headers.get("location") ?? "");
    expect(noPkce.searchParams.get("error")).toBe("invalid_request");
  });

  it("refuses a scope the server does not define with invalid_scope, sent back to the redirect URI", async () => {
    const authorize = new URL(`${org.okta.issuer}/v1/authorize`);
    authorize.search = new URLSearchParams({ client_id: WEB.clientId, response_type: "code", scope: "openid custom.read", redirect_uri: WEB.redirectUri, state: "s1", nonce: "n1" }).toString();
    const response = await fetch(authorize, { redirect: "manual" });
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(WEB.redirectUri);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      error: "invalid_scope",
      error_description: "One or more scopes are not configured for the authorization server resource.",
      state: "s1",
    });
  });

  it("introspects and revokes a JWT access token (200), and refresh tokens, as Okta does", async () => {
    const { body } = await signInWithCodeFlow({ issuer: org.okta.issuer, ...WEB, scope: "openid profile offline_access" }, "kim.sato@example.com");
    const accessToken = String(body.access_token);
    const refreshToken = String(body.refresh_token);

    const active = await post("introspect", form(WEB, accessToken));
    expect(active).toMatchObject({ status: 200, body: { active: true, scope: "openid profile offline_access", username: "kim.sato@example.com", client_id: WEB.clientId, token_type: "Bearer", aud: "api://default", uid: expect.stringMatching(/^00u/) } });
    // Another client sees nothing; a wrong secret is refused.
    expect((await post("introspect", form({ clientId: spa.clientId }, accessToken))).body).toEqual({ active: false });
    expect((await post("introspect", form({ ...WEB, clientSecret: "not-the-secret" }, accessToken))).status).toBe(401);

    expect((await post("introspect", form(WEB, refreshToken))).body).toMatchObject({ active: true, username: "kim.sato@example.com", jti: expect.stringMatching(/^oar/) });

    expect(await post("revoke", form(WEB, accessToken))).toMatchObject({ status: 200, body: "" });
    expect((await post("introspect", new URLSearchParams({ token: accessToken }), basicOf(WEB))).body).toEqual({ active: false });
    const userinfo = await fetch(`${org.okta.issuer}/v1/userinfo`, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(userinfo.status).toBe(401);

    expect((await post("revoke", new URLSearchParams({ token: refreshToken }), basicOf(WEB))).status).toBe(200);
    expect((await post("introspect", form(WEB, refreshToken))).body).toEqual({ active: false });
  });
});
