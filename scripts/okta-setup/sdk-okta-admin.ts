import {
  Client,
  type AuthorizationServerPolicyRule,
  type InlineHook,
  type InlineHookChannelHttp,
  type InlineHookChannelHttpCreate,
} from "@okta/okta-sdk-nodejs";
import type { HookBody, InlineHookView, OktaAdmin, RuleBody, RuleView } from "./okta-admin";

const TOKEN_HOOK_TYPE = "com.okta.oauth2.tokens.transform";

async function toArray<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}

const requireId = (id: string | undefined, what: string): string => {
  if (!id) throw new Error(`Okta returned a ${what} without an id`);
  return id;
};

function toHookView(hook: InlineHook): InlineHookView {
  // Only HTTP channels carry `config.authScheme`; OAUTH ones show up with channelType OAUTH.
  const config = (hook.channel as InlineHookChannelHttp | undefined)?.config;
  const scheme = config?.authScheme;
  return {
    id: requireId(hook.id, "inline hook"),
    name: hook.name ?? "",
    status: hook.status ?? "",
    version: hook.version ?? "",
    channelType: hook.channel?.type ?? "",
    uri: config?.uri ?? "",
    method: config?.method ?? "",
    headers: (config?.headers ?? []).map(({ key = "", value = "" }) => ({ key, value })),
    ...(scheme ? { authScheme: { type: scheme.type ?? "", key: scheme.key ?? "" } } : {}),
  };
}

/** The rule as a body for PUT: what the SDK models, read-only members (id, created, _links) left out. */
function toRuleView(rule: AuthorizationServerPolicyRule): RuleView {
  const { people, grantTypes, scopes } = rule.conditions ?? {};
  const token = rule.actions?.token;
  const body: RuleBody = {
    type: "RESOURCE_ACCESS",
    name: rule.name ?? "",
    priority: rule.priority ?? 1,
    status: rule.status === "INACTIVE" ? "INACTIVE" : "ACTIVE",
    conditions: {
      people: {
        users: { include: people?.users?.include ?? [] },
        groups: { include: people?.groups?.include ?? [] },
      },
      grantTypes: { include: grantTypes?.include ?? [] },
      scopes: { include: scopes?.include ?? [] },
    },
    actions: {
      token: {
        accessTokenLifetimeMinutes: token?.accessTokenLifetimeMinutes ?? 60,
        refreshTokenLifetimeMinutes: token?.refreshTokenLifetimeMinutes ?? 0,
        refreshTokenWindowMinutes: token?.refreshTokenWindowMinutes ?? 10080,
        ...(token?.inlineHook?.id ? { inlineHook: { id: token.inlineHook.id } } : {}),
      },
    },
  };
  return { id: requireId(rule.id, "policy rule"), body };
}

const toChannel = (body: HookBody) => body.channel as InlineHookChannelHttpCreate;

/**
 * OktaAdmin over Okta's official Management API client (@okta/okta-sdk-nodejs 8.1.0), SSWS API
 * token auth. Its request executor retries rate-limited (429) calls; its errors are
 * OktaApiError with Okta's errorCode, errorSummary and errorCauses.
 */
export function createSdkOktaAdmin({ orgUrl, token }: { orgUrl: string; token: string }): OktaAdmin {
  // No response cache: each run must see the org as it is now.
  const client = new Client({ orgUrl, token, cacheMiddleware: null });
  const servers = client.authorizationServerApi;
  const hooks = client.inlineHookApi;
  return {
    async getAuthorizationServer(authServerId) {
      const server = await servers.getAuthorizationServer({ authServerId });
      return { id: requireId(server.id, "authorization server"), name: server.name ?? "" };
    },
    async listTokenHooks() {
      return (await toArray(await hooks.listInlineHooks({ type: TOKEN_HOOK_TYPE }))).map(toHookView);
    },
    async listPolicies(authServerId) {
      const policies = await toArray(await servers.listAuthorizationServerPolicies({ authServerId }));
      return policies.map((policy) => ({
        id: requireId(policy.id, "policy"),
        name: policy.name ?? "",
        status: policy.status ?? "",
        priority: policy.priority ?? 1,
        clients: policy.conditions?.clients?.include ?? [],
      }));
    },
    async listRules(authServerId, policyId) {
      return (await toArray(await servers.listAuthorizationServerPolicyRules({ authServerId, policyId }))).map(toRuleView);
    },
    async createInlineHook(body) {
      const created = await hooks.createInlineHook({ inlineHook: { ...body, channel: toChannel(body) } });
      return { id: requireId(created.id, "inline hook") };
    },
    async replaceInlineHook(inlineHookId, { name, version, channel }) {
      await hooks.replaceInlineHook({ inlineHookId, inlineHook: { name, version, channel: channel as InlineHookChannelHttpCreate } });
    },
    async activateInlineHook(inlineHookId) {
      await hooks.activateInlineHook({ inlineHookId });
    },
    async createPolicy(authServerId, policy) {
      const created = await servers.createAuthorizationServerPolicy({ authServerId, policy });
      return { id: requireId(created.id, "policy") };
    },
    async createRule(authServerId, policyId, policyRule) {
      const created = await servers.createAuthorizationServerPolicyRule({ authServerId, policyId, policyRule });
      return { id: requireId(created.id, "policy rule") };
    },
    async replaceRule(authServerId, policyId, ruleId, policyRule) {
      await servers.replaceAuthorizationServerPolicyRule({ authServerId, policyId, ruleId, policyRule });
    },
  };
}
