import type { Context } from "koa";
import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import type { RouteHandler } from "../http/router";
import { newOktaId } from "@/okta/simulation/okta-ids";
import { byPriority, type StoredPolicy, type StoredPolicyRule } from "../store/authorization-server-state";
import type { LocalOktaState, StateStore } from "../store/state-types";
import { apiGuard, type ApiTokens } from "./api-auth";
import { notFound, validationFailed } from "./okta-errors";
import { placeByPriority, policyInputSchema, ruleInputSchema, toApiPolicy, toApiRule, type RuleInput } from "./policy-schema";
import { readJsonBody } from "./read-json-body";

type Deps = { state: StateStore; orgUrl: string; tokens: ApiTokens };

const BASE = "/api/v1/authorizationServers";

/**
 * The part of Okta's Authorization Servers API that attaches a token hook to an access policy
 * rule (docs/okta-token-hook.md §1: `actions.token.inlineHook.id`): read the server, list/create policies,
 * list/create/get/replace rules. Backed by state.json, so the rule edited here is the rule the
 * local Okta matches when it mints tokens.
 */
export function authorizationServerRoutes({ state, orgUrl, tokens }: Deps): [string, string, RouteHandler][] {
  const guard = apiGuard(tokens);
  const serverUrl = (asId: string) => `${orgUrl}${BASE}/${asId}`;
  const now = () => new Date().toISOString();

  /** The server, policy and rule named by the path, answering Okta's 404 for the first one missing. */
  function locate(ctx: Context, draft: LocalOktaState, { asId = "", policyId, ruleId }: Record<string, string>) {
    const server = draft.authorizationServers.find((candidate) => candidate.id === asId);
    const policy = server?.policies.find((candidate) => candidate.id === policyId);
    const rule = policy?.rules.find((candidate) => candidate.id === ruleId);
    if (!server) notFound(ctx, asId, "AuthorizationServer");
    else if (policyId !== undefined && !policy) notFound(ctx, policyId, "Policy");
    else if (ruleId !== undefined && !rule) notFound(ctx, ruleId, "PolicyRule");
    return { server, policy, rule };
  }

  /** Okta refuses a rule naming an inline hook that is not a registered token hook (error text guessed). */
  const hasUnknownHook = (ctx: Context, input: RuleInput) => {
    const hookId = input.actions.token.inlineHook?.id;
    if (!hookId || state.read().inlineHooks.some((hook) => hook.id === hookId && hook.type === TOKEN_HOOK_EVENT_TYPE)) return false;
    validationFailed(ctx, [`actions.token.inlineHook.id: no token inline hook with id ${hookId}`]);
    return true;
  };

  /** The stored rule for `input`; the hook goes only when the input names one. */
  const toStoredRule = (input: RuleInput, base: Pick<StoredPolicyRule, "id" | "created" | "system" | "priority">): StoredPolicyRule => {
    const { inlineHook, ...token } = input.actions.token;
    return {
      ...base,
      type: input.type,
      status: input.status,
      name: input.name,
      conditions: input.conditions,
      actions: { token: { ...token, ...(inlineHook ? { inlineHook } : {}) } },
      lastUpdated: now(),
    };
  };

  const getServer: RouteHandler = (ctx, { asId = "" }) => {
    const { server } = locate(ctx, state.read(), { asId });
    if (!server) return;
    const { policies, ...visible } = server;
    void policies;
    const issuer = `${orgUrl}/oauth2/${server.id}`;
    const self = serverUrl(server.id);
    ctx.body = {
      ...visible,
      issuer,
      issuerMode: "ORG_URL",
      status: "ACTIVE",
      _links: { self: { href: self }, policies: { href: `${self}/policies` }, metadata: [{ href: `${issuer}/.well-known/openid-configuration` }] },
    };
  };

  const listPolicies: RouteHandler = (ctx, { asId = "" }) => {
    const { server } = locate(ctx, state.read(), { asId });
    if (server) ctx.body = byPriority(server.policies).map((policy) => toApiPolicy(policy, serverUrl(asId)));
  };

  const getPolicy: RouteHandler = (ctx, { asId = "", policyId = "" }) => {
    const { policy } = locate(ctx, state.read(), { asId, policyId });
    if (policy) ctx.body = toApiPolicy(policy, serverUrl(asId));
  };

  const createPolicy: RouteHandler = async (ctx, { asId = "" }) => {
    if (!locate(ctx, state.read(), { asId }).server) return;
    const input = await readJsonBody(ctx, policyInputSchema);
    if (!input) return;
    const created = now();
    const { priority, ...fields } = input;
    const policy: StoredPolicy = { id: newOktaId("00p"), ...fields, priority: 0, system: false, created, lastUpdated: created, rules: [] };
    state.update((draft) => {
      const server = draft.authorizationServers.find((candidate) => candidate.id === asId);
      if (server) server.policies = placeByPriority(server.policies, policy, priority);
    });
    getPolicy(ctx, { asId, policyId: policy.id });
  };

  const listRules: RouteHandler = (ctx, { asId = "", policyId = "" }) => {
    const { policy } = locate(ctx, state.read(), { asId, policyId });
    if (policy) ctx.body = byPriority(policy.rules).map((rule) => toApiRule(rule, `${serverUrl(asId)}/policies/${policyId}`));
  };

  const getRule: RouteHandler = (ctx, ids) => {
    const { rule } = locate(ctx, state.read(), ids);
    if (rule) ctx.body = toApiRule(rule, `${serverUrl(ids.asId ?? "")}/policies/${ids.policyId ?? ""}`);
  };

  const createRule: RouteHandler = async (ctx, ids) => {
    const { asId = "", policyId = "" } = ids;
    if (!locate(ctx, state.read(), { asId, policyId }).policy) return;
    const input = await readJsonBody(ctx, ruleInputSchema);
    if (!input || hasUnknownHook(ctx, input)) return;
    const rule = toStoredRule(input, { id: newOktaId("0pr"), created: now(), system: false, priority: 0 });
    state.update((draft) => {
      const policy = draft.authorizationServers.find((server) => server.id === asId)?.policies.find((candidate) => candidate.id === policyId);
      if (policy) policy.rules = placeByPriority(policy.rules, rule, input.priority);
    });
    getRule(ctx, { ...ids, ruleId: rule.id });
  };

  const replaceRule: RouteHandler = async (ctx, ids) => {
    const { rule: existing } = locate(ctx, state.read(), ids);
    if (!existing) return;
    const input = await readJsonBody(ctx, ruleInputSchema);
    if (!input || hasUnknownHook(ctx, input)) return;
    const rule = toStoredRule(input, existing);
    state.update((draft) => {
      const policy = draft.authorizationServers.find((server) => server.id === ids.asId)?.policies.find((candidate) => candidate.id === ids.policyId);
      if (policy) policy.rules = placeByPriority(policy.rules, rule, input.priority ?? existing.priority);
    });
    getRule(ctx, ids);
  };

  return [
    ["GET", `${BASE}/:asId`, guard(getServer)],
    ["GET", `${BASE}/:asId/policies`, guard(listPolicies)],
    ["POST", `${BASE}/:asId/policies`, guard(createPolicy)],
    ["GET", `${BASE}/:asId/policies/:policyId`, guard(getPolicy)],
    ["GET", `${BASE}/:asId/policies/:policyId/rules`, guard(listRules)],
    ["POST", `${BASE}/:asId/policies/:policyId/rules`, guard(createRule)],
    ["GET", `${BASE}/:asId/policies/:policyId/rules/:ruleId`, guard(getRule)],
    ["PUT", `${BASE}/:asId/policies/:policyId/rules/:ruleId`, guard(replaceRule)],
  ];
}
