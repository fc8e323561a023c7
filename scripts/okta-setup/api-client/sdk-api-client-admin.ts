import { Client, type OpenIdConnectApplication } from "@okta/okta-sdk-nodejs";
import { createSdkOktaAdmin } from "../sdk-okta-admin";
import type { ApiClientAdmin, AppView } from "./api-client-admin";

async function toArray<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}

function toAppView(app: OpenIdConnectApplication): AppView {
  return {
    id: app.id ?? "",
    label: app.label ?? "",
    status: app.status ?? "",
    clientId: app.credentials?.oauthClient?.client_id ?? app.id ?? "",
    applicationType: app.settings?.oauthClient?.application_type ?? "",
    grantTypes: app.settings?.oauthClient?.grant_types ?? [],
  };
}

/** ApiClientAdmin over Okta's Management API client (@okta/okta-sdk-nodejs), as okta:setup's own calls. */
export function createSdkApiClientAdmin({ orgUrl, token }: { orgUrl: string; token: string }): ApiClientAdmin {
  const client = new Client({ orgUrl, token, cacheMiddleware: null });
  const { getAuthorizationServer, listPolicies, listRules, createPolicy, createRule, replaceRule } = createSdkOktaAdmin({ orgUrl, token });
  return {
    getAuthorizationServer,
    listPolicies,
    listRules,
    createPolicy,
    createRule,
    replaceRule,
    async listScopes(authServerId) {
      const scopes = await toArray(await client.authorizationServerApi.listOAuth2Scopes({ authServerId }));
      return scopes.map((scope) => scope.name ?? "");
    },
    async createScope(authServerId, oAuth2Scope) {
      await client.authorizationServerApi.createOAuth2Scope({ authServerId, oAuth2Scope });
    },
    async listApps(label) {
      // `q` matches name or label by prefix: the exact label is picked by the plan.
      const apps = await toArray(await client.applicationApi.listApplications({ q: label }));
      return apps.map((app) => toAppView(app as OpenIdConnectApplication));
    },
    async createServiceApp(body) {
      const created = (await client.applicationApi.createApplication({ application: body as OpenIdConnectApplication })) as OpenIdConnectApplication;
      const clientId = created.credentials?.oauthClient?.client_id ?? created.id;
      if (!clientId) throw new Error("Okta returned an app without a client ID");
      const clientSecret = created.credentials?.oauthClient?.client_secret;
      return { clientId, ...(clientSecret ? { clientSecret } : {}) };
    },
  };
}
