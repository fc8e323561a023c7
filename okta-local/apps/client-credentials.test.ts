import OktaJwtVerifier from "@okta/jwt-verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeHook } from "../test-support/fake-hook";
import { clientCredentials, startLocalOrg, type LocalOrg } from "../test-support/local-org";

// A service app (an EHR's back end) gets patients.read through a policy rule, as an Okta admin
// would set it up: scopes, the app, a policy for it and a client-credentials rule.
let org: LocalOrg;
const hook = await startFakeHook(() => ({ status: 204 }));
let service: { id: string; secret: string };

beforeAll(async () => {
  org = await startLocalOrg({ hookUrl: hook.url });
  const { sdk } = org;
  for (const name of ["patients.read", "patients.write"]) {
    await sdk.authorizationServerApi.createOAuth2Scope({ authServerId: "default", oAuth2Scope: { name, description: `${name} for the directory`, consent: "IMPLICIT", metadataPublish: "ALL_CLIENTS" } });
  }
  const app = await sdk.applicationApi.createApplication({
    application: {
      name: "oidc_client",
      label: "EHR sync",
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_basic" } },
      settings: { oauthClient: { grant_types: ["client_credentials"], response_types: ["token"], application_type: "service" } },
    } as never,
  });
  const oauthClient = (app as unknown as { credentials: { oauthClient: { client_id: string; client_secret: string } } }).credentials.oauthClient;
  service = { id: oauthClient.client_id, secret: oauthClient.client_secret };
  const [tokenHook] = (await (await org.api("/api/v1/inlineHooks")).json()) as { id: string }[];
  const policy = await sdk.authorizationServerApi.createAuthorizationServerPolicy({
    authServerId: "default",
    policy: { type: "OAUTH_AUTHORIZATION_POLICY", name: "EHR sync", description: "Directory access for EHR sync", priority: 1, conditions: { clients: { include: [service.id] } } } as never,
  });
  await sdk.authorizationServerApi.createAuthorizationServerPolicyRule({
    authServerId: "default",
    policyId: policy.id ?? "",
    policyRule: {
      type: "RESOURCE_ACCESS",
      name: "Read the directory",
      conditions: { people: { groups: { include: ["EVERYONE"] } }, grantTypes: { include: ["client_credentials"] }, scopes: { include: ["patients.read"] } },
      actions: { token: { accessTokenLifetimeMinutes: 15, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080, inlineHook: { id: tokenHook?.id } } },
    } as never,
  });
  // A new org's Default Policy Rule grants client credentials any scope; this org keeps it to users.
  const [, defaults] = await arrayOf(await sdk.authorizationServerApi.listAuthorizationServerPolicies({ authServerId: "default" }));
  const [defaultRule] = await arrayOf(await sdk.authorizationServerApi.listAuthorizationServerPolicyRules({ authServerId: "default", policyId: defaults?.id ?? "" }));
  const conditions = { ...defaultRule?.conditions, grantTypes: { include: ["authorization_code"] } };
  await sdk.authorizationServerApi.replaceAuthorizationServerPolicyRule({
    authServerId: "default",
    policyId: defaults?.id ?? "",
    ruleId: defaultRule?.id ?? "",
    policyRule: { type: "RESOURCE_ACCESS", name: defaultRule?.name, conditions, actions: defaultRule?.actions } as never,
  });
});

async function arrayOf<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}

afterAll(async () => {
  await org?.stop();
  await hook.stop();
});

describe("a service app with client credentials", () => {
  it("gets an access token with the custom scope its rule grants, that Okta's verifier accepts", async () => {
    hook.calls.length = 0;
    const { status, body } = await clientCredentials(org.okta.issuer, service, "patients.read");
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "Bearer", scope: "patients.read", expires_in: 900 });
    expect(body).not.toHaveProperty("id_token");
    expect(body).not.toHaveProperty("refresh_token");

    const verifier = new OktaJwtVerifier({ issuer: org.okta.issuer, testing: { disableHttpsCheck: true } });
    const jwt = await verifier.verifyAccessToken(String(body.access_token), "api://default");
    expect(jwt.claims).toMatchObject({ ver: 1, cid: service.id, sub: service.id, scp: ["patients.read"], aud: "api://default" });
    expect(jwt.claims).not.toHaveProperty("uid");
  });

  it("calls the token hook at /v1/token without a user, session or ID token", async () => {
    hook.calls.length = 0;
    await clientCredentials(org.okta.issuer, service, "patients.read");
    expect(hook.calls).toHaveLength(1);
    const data = hook.calls[0]?.body.data as { context: Record<string, unknown>; identity?: unknown; access: { scopes: Record<string, unknown> } };
    expect(hook.calls[0]?.body.source).toBe(`${org.okta.issuer}/v1/token`);
    expect(data.context).not.toHaveProperty("user");
    expect(data.context).not.toHaveProperty("session");
    expect(data.context.protocol).toMatchObject({ request: { grant_type: "client_credentials", client_id: service.id, scope: "patients.read" }, client: { id: service.id, name: "EHR sync", type: "CONFIDENTIAL" } });
    expect(data.identity).toBeUndefined();
    expect(Object.keys(data.access.scopes)).toEqual(["patients.read"]);
  });

  it("refuses what Okta refuses", async () => {
    // A scope the server does not define, an OpenID scope, no scope without default scopes.
    expect(await clientCredentials(org.okta.issuer, service, "patients.read nope.read")).toMatchObject({
      status: 400,
      body: { error: "invalid_scope", error_description: "One or more scopes are not configured for the authorization server resource." },
    });
    expect((await clientCredentials(org.okta.issuer, service, "openid patients.read")).body).toMatchObject({ error: "invalid_scope", error_description: "Client Credentials requests cannot contain OpenID scopes." });
    expect((await clientCredentials(org.okta.issuer, service)).body).toMatchObject({ error: "invalid_scope" });
    // A defined scope no rule grants this client: the policy refuses it.
    expect(await clientCredentials(org.okta.issuer, service, "patients.write")).toMatchObject({
      status: 400,
      body: { error: "access_denied", error_description: "Policy evaluation failed for this request, please check the policy configurations." },
    });
    expect((await clientCredentials(org.okta.issuer, { ...service, secret: "wrong-secret-value" }, "patients.read")).body).toMatchObject({ error: "invalid_client" });
  });

  it("stops working once the app is deactivated", async () => {
    const [app] = (await (await org.api(`/api/v1/apps?q=EHR`)).json()) as { id: string }[];
    expect((await org.api(`/api/v1/apps/${app?.id}/lifecycle/deactivate`, { method: "POST" })).status).toBe(200);
    expect((await clientCredentials(org.okta.issuer, service, "patients.read")).body).toMatchObject({ error: "invalid_client" });
    await org.api(`/api/v1/apps/${app?.id}/lifecycle/activate`, { method: "POST" });
    expect((await clientCredentials(org.okta.issuer, service, "patients.read")).status).toBe(200);
  });
});
