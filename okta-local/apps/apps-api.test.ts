import { writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCodeFlow } from "../management/test-support/sign-in";
import { startOktaLocal } from "../server";
import { createBrowser } from "../test-support/browser";
import { collect, oktaErrorOf } from "../test-support/collect";
import { startLocalOrg, type LocalOrg } from "../test-support/local-org";

type App = { id: string; label: string; status: string; credentials: { oauthClient: { client_id: string; client_secret?: string } }; settings: { oauthClient: { redirect_uris: string[] } } };
const WEB_APP = {
  name: "oidc_client",
  label: "Ward rounds",
  signOnMode: "OPENID_CONNECT",
  credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_post" } },
  settings: { oauthClient: { application_type: "web", grant_types: ["authorization_code"], response_types: ["code"], redirect_uris: ["http://localhost:4000/callback"] } },
};

let org: LocalOrg;
beforeAll(async () => void (org = await startLocalOrg()));
afterAll(async () => org?.stop());

describe("the Apps API (judged by @okta/okta-sdk-nodejs)", () => {
  it("lists the project's own client as a seeded app, and creates, reads, replaces, deactivates and deletes apps", async () => {
    const { sdk } = org;
    const seeded = (await collect(await sdk.applicationApi.listApplications({}))) as unknown as App[];
    expect(seeded.map((app) => [app.label, app.credentials.oauthClient.client_id])).toEqual([["Patient Claims", "org-test-client"]]);

    const created = (await sdk.applicationApi.createApplication({ application: WEB_APP as never })) as unknown as App;
    expect(created).toMatchObject({ id: expect.stringMatching(/^0oa/), status: "ACTIVE", name: "oidc_client", signOnMode: "OPENID_CONNECT" });
    expect(created.credentials.oauthClient.client_id).toBe(created.id);
    expect(created.credentials.oauthClient.client_secret).toMatch(/^.{40}$/);

    const fetched = (await sdk.applicationApi.getApplication({ appId: created.id })) as unknown as App;
    const replaced = (await sdk.applicationApi.replaceApplication({
      appId: created.id,
      application: { ...fetched, label: "Ward rounds (v2)", settings: { oauthClient: { ...fetched.settings.oauthClient, redirect_uris: ["http://localhost:4000/cb2"] } } } as never,
    })) as unknown as App;
    // A read-modify-write keeps the secret and the client id.
    expect(replaced).toMatchObject({ label: "Ward rounds (v2)", credentials: { oauthClient: { client_id: created.id, client_secret: created.credentials.oauthClient.client_secret } } });

    // Okta deletes only deactivated apps.
    expect(await oktaErrorOf(sdk.applicationApi.deleteApplication({ appId: created.id }))).toMatchObject({ status: 403, errorCode: "E0000056" });
    await sdk.applicationApi.deactivateApplication({ appId: created.id });
    expect(((await sdk.applicationApi.getApplication({ appId: created.id })) as unknown as App).status).toBe("INACTIVE");
    await sdk.applicationApi.deleteApplication({ appId: created.id });
    expect(await oktaErrorOf(sdk.applicationApi.getApplication({ appId: created.id }))).toMatchObject({ status: 404, errorCode: "E0000007" });
  });

  it("refuses what Okta refuses, with E0000001 and one cause per problem", async () => {
    const problems = async (app: unknown) => (await oktaErrorOf(org.sdk.applicationApi.createApplication({ application: app as never }))).errorCauses?.map((cause) => cause.errorSummary);
    expect(await problems({ ...WEB_APP, settings: { oauthClient: { ...WEB_APP.settings.oauthClient, redirect_uris: [] } } })).toEqual([
      "settings.oauthClient.redirect_uris: required for the authorization_code grant type",
    ]);
    expect(await problems({ ...WEB_APP, settings: { oauthClient: { ...WEB_APP.settings.oauthClient, application_type: "browser" } } })).toEqual([
      "credentials.oauthClient.token_endpoint_auth_method: a browser app is a public client: none",
    ]);
    expect(await problems({ ...WEB_APP, settings: { oauthClient: { ...WEB_APP.settings.oauthClient, application_type: "service" } } })).toEqual(
      expect.arrayContaining(["settings.oauthClient.grant_types: authorization_code is not allowed for a service app"]),
    );
    expect(await problems({ ...WEB_APP, credentials: { oauthClient: { client_id: "org-test-client" } } })).toEqual([
      "credentials.oauthClient.client_id: An object with this field already exists in the current organization",
    ]);
    expect(await problems({ ...WEB_APP, name: "bookmark" })).toEqual(['name: the local Okta serves OIDC apps only: expected "oidc_client"']);
    // Okta's JSON errors where no route answers: an unknown path or method, another authorization server.
    const answer = async (pathname: string, method = "GET") => {
      const response = await org.api(pathname, { method });
      return { status: response.status, ...((await response.json()) as { errorCode: string; errorSummary: string }) };
    };
    expect(await answer("/api/v1/meetings")).toMatchObject({ status: 404, errorCode: "E0000007" });
    expect(await answer("/api/v1/apps", "PATCH")).toMatchObject({ status: 405, errorCode: "E0000022" });
    expect(await answer("/oauth2/ausOTHER/.well-known/openid-configuration")).toMatchObject({ status: 404, errorCode: "E0000007", errorSummary: "Not found: Resource not found: ausOTHER (AuthorizationServer)" });
  });

  it("shows the app's label on the sign-in page; a client_secret_post app signs in with its secret in the form", async () => {
    const app = (await (await org.api("/api/v1/apps", { method: "POST", body: JSON.stringify(WEB_APP) })).json()) as App;
    const { client_id: clientId, client_secret: clientSecret } = app.credentials.oauthClient;
    const client = { issuer: org.okta.issuer, clientId, clientSecret, redirectUri: "http://localhost:4000/callback", secretIn: "form" as const };
    expect((await signInWithCodeFlow(client, "kim.sato@example.com")).status).toBe(200);
    const authorize = new URL(`${org.okta.issuer}/v1/authorize`);
    authorize.search = new URLSearchParams({ client_id: app.credentials.oauthClient.client_id, response_type: "code", scope: "openid", redirect_uri: "http://localhost:4000/callback", state: "s", nonce: "n" }).toString();
    const page = await createBrowser().follow(authorize.href, () => false);
    expect(await page.response?.text()).toContain("to continue to Ward rounds");
  });
});

describe("the Scopes and Claims APIs", () => {
  it("manages scopes; Okta's system scopes stay; a custom claim reaches the tokens", async () => {
    const { sdk } = org;
    const scope = await sdk.authorizationServerApi.createOAuth2Scope({ authServerId: "default", oAuth2Scope: { name: "wards.read", description: "Read the ward list", metadataPublish: "ALL_CLIENTS" } });
    expect(scope).toMatchObject({ name: "wards.read", system: false, consent: "IMPLICIT" });
    const names = (await collect(await sdk.authorizationServerApi.listOAuth2Scopes({ authServerId: "default" }))).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["openid", "profile", "offline_access", "groups", "wards.read"]));
    const metadata = (await (await fetch(`${org.okta.issuer}/.well-known/oauth-authorization-server`)).json()) as { scopes_supported: string[]; claims_supported: string[] };
    expect(metadata.scopes_supported).toContain("wards.read");
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(["cid", "uid", "scp"]));
    expect(metadata.claims_supported).not.toContain("sid");

    const openid = (await collect(await sdk.authorizationServerApi.listOAuth2Scopes({ authServerId: "default", q: "openid" })))[0];
    expect(await oktaErrorOf(sdk.authorizationServerApi.deleteOAuth2Scope({ authServerId: "default", scopeId: openid?.id ?? "" }))).toMatchObject({ status: 400, errorCode: "E0000001" });
    expect(await oktaErrorOf(sdk.authorizationServerApi.createOAuth2Scope({ authServerId: "default", oAuth2Scope: { name: "wards.read" } }))).toMatchObject({ errorCode: "E0000001" });
    // The SDK's collections fetch lazily: the error comes with the first page.
    const unknownServer = sdk.authorizationServerApi.listOAuth2Scopes({ authServerId: "nope" }).then(collect);
    expect(await oktaErrorOf(unknownServer)).toMatchObject({ status: 404, errorCode: "E0000007" });

    const claims = await collect(await sdk.authorizationServerApi.listOAuth2Claims({ authServerId: "default" }));
    expect(claims.map((claim) => [claim.name, claim.valueType, claim.conditions?.scopes])).toEqual([["groups", "GROUPS", ["groups"]]]);
    await sdk.authorizationServerApi.createOAuth2Claim({
      authServerId: "default",
      oAuth2Claim: { name: "ward_scope_login", status: "ACTIVE", claimType: "RESOURCE", valueType: "EXPRESSION", value: "user.login", conditions: { scopes: ["wards.read"] } } as never,
    });
    const groupsClaim = claims[0];
    await sdk.authorizationServerApi.replaceOAuth2Claim({
      authServerId: "default",
      claimId: groupsClaim?.id ?? "",
      oAuth2Claim: { ...groupsClaim, value: "Patient", group_filter_type: "STARTS_WITH" } as never,
    });
    const { body } = await signInWithCodeFlow({ issuer: org.okta.issuer, clientId: "org-test-client", clientSecret: "org-test-client-secret", redirectUri: "http://localhost:3000/api/auth/callback/okta", scope: "openid groups wards.read" }, "sam.admin@example.com");
    const payload = (jwt: unknown) => JSON.parse(Buffer.from(String(jwt).split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;
    expect(payload(body.id_token).groups).toEqual(["Patient Admins"]);
    expect(payload(body.access_token)).toMatchObject({ ward_scope_login: "sam.admin@example.com", scp: ["openid", "groups", "wards.read"] });
  });
});

describe("seeded apps and hooks follow the stack's settings until a person changes them", () => {
  it("updates the seeded client and hook to a new app URL, keeps an app a person edited, registers the apps file", async () => {
    const dataDir = org.dataDir.replace(/$/, "-restart");
    const appsFile = path.join(org.dataDir, "apps.json");
    writeFileSync(appsFile, JSON.stringify([{ ...WEB_APP, label: "From the file", credentials: { oauthClient: { client_id: "from-file", client_secret: "from-file-secret-value" } } }]));
    const start = (appUrl: string) => startOktaLocal({ port: 0, appUrl, dataDir, clientId: "restart-client", clientSecret: "restart-client-secret", appsFile });
    let okta = await start("http://localhost:3000");
    await okta.stop();
    okta = await start("http://localhost:4321");
    const api = (pathname: string, init: RequestInit = {}) => fetch(`${okta.url}${pathname}`, { ...init, headers: { Authorization: "SSWS local-okta-api-token", "Content-Type": "application/json" } });
    const apps = (await (await api("/api/v1/apps")).json()) as App[];
    expect(apps.map((app) => [app.label, app.settings.oauthClient.redirect_uris[0]])).toEqual([
      ["Patient Claims", "http://localhost:4321/api/auth/callback/okta"],
      ["From the file", "http://localhost:4000/callback"],
    ]);
    type Hook = { id: string; channel: { config: { uri: string; authScheme: { type: string; key: string; value?: string } } } };
    const [hook] = (await (await api("/api/v1/inlineHooks")).json()) as Hook[];
    expect(hook?.channel.config.uri).toBe("http://localhost:4321/api/hooks/token");

    // A person changes the project's app and the hook: the next start leaves them alone.
    const own = apps[0];
    await api(`/api/v1/apps/${own?.id}`, { method: "PUT", body: JSON.stringify({ ...own, settings: { oauthClient: { ...own?.settings.oauthClient, redirect_uris: ["http://localhost:9999/cb"] } } }) });
    const config = { ...hook?.channel.config, uri: "https://hooks.example.com/token", authScheme: { ...hook?.channel.config.authScheme, value: "Basic bmV3Om5ldw==" } };
    expect((await api(`/api/v1/inlineHooks/${hook?.id}`, { method: "PUT", body: JSON.stringify({ ...hook, channel: { ...hook?.channel, config } }) })).status).toBe(200);
    await okta.stop();
    okta = await start("http://localhost:5555");
    const read = async <T>(pathname: string) => (await (await fetch(`${okta.url}${pathname}`, { headers: { Authorization: "SSWS local-okta-api-token" } })).json()) as T;
    expect((await read<App[]>("/api/v1/apps"))[0]?.settings.oauthClient.redirect_uris).toEqual(["http://localhost:9999/cb"]);
    expect((await read<Hook[]>("/api/v1/inlineHooks"))[0]?.channel.config.uri).toBe("https://hooks.example.com/token");
    await okta.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
});
