import type { HookBody, InlineHookView, PolicyBody, PolicyView, RuleBody, RuleView } from "./okta-admin";

/** What okta:setup should make true in the org. */
export type Desired = {
  authServerId: string;
  hookName: string;
  hookUri: string;
  authHeader: string;
  secret: string;
  /** Send the secret again even when nothing else changed (Okta never returns it to compare). */
  rotateSecret: boolean;
  /** Name of the policy and rule created when no rule matches. */
  policyName: string;
  /** The app's client id, to create a policy for it alone; ALL_CLIENTS when unknown. */
  clientId?: string;
};

/** The org as read through the Management API. */
export type CurrentState = {
  hooks: InlineHookView[];
  policies: (PolicyView & { rules: RuleView[] })[];
};

/** Placeholders for ids that exist only once an earlier step has run (execute-plan.ts fills them in). */
export const NEW_HOOK_ID = "<id of the new inline hook>";
export const NEW_POLICY_ID = "<id of the new policy>";

export type Step = { why: string } & (
  | { kind: "createInlineHook"; body: HookBody }
  | { kind: "replaceInlineHook"; hookId: string; body: HookBody }
  | { kind: "activateInlineHook"; hookId: string }
  | { kind: "createPolicy"; authServerId: string; body: PolicyBody }
  | { kind: "createRule"; authServerId: string; policyId: string; body: RuleBody }
  | { kind: "replaceRule"; authServerId: string; policyId: string; ruleId: string; body: RuleBody }
);

export type Plan = { steps: Step[]; /** One line per thing already as desired. */ unchanged: string[] };

const GRANT = "authorization_code";
const byPriority = <T extends { priority: number }>(items: T[]) => [...items].sort((a, b) => a.priority - b.priority);

export function hookBody(desired: Desired, headers: HookBody["channel"]["config"]["headers"] = []): HookBody {
  return {
    name: desired.hookName,
    type: "com.okta.oauth2.tokens.transform",
    version: "1.0.0",
    channel: {
      type: "HTTP",
      version: "1.0.0",
      config: { uri: desired.hookUri, method: "POST", headers, authScheme: { type: "HEADER", key: desired.authHeader, value: desired.secret } },
    },
  };
}

/** Differences Okta lets us see; header names compare case-insensitively (Okta returns them lower-cased). */
function hookDifferences(hook: InlineHookView, desired: Desired): string[] {
  const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
  return [
    hook.channelType !== "HTTP" && `channel ${hook.channelType} → HTTP`,
    hook.uri !== desired.hookUri && `URI ${hook.uri} → ${desired.hookUri}`,
    hook.method !== "POST" && `method ${hook.method} → POST`,
    !(same(hook.authScheme?.type, "HEADER") && same(hook.authScheme?.key, desired.authHeader)) &&
      `authentication header ${hook.authScheme?.key ?? "(none)"} → ${desired.authHeader}`,
  ].filter((difference): difference is string => typeof difference === "string");
}

function planHook(current: CurrentState, desired: Desired): { hookId: string; steps: Step[]; unchanged: string[] } {
  const hook = current.hooks.find((candidate) => candidate.name === desired.hookName);
  if (!hook) {
    // Okta registers a new inline hook as ACTIVE (docs/okta-token-hook.md §4.3 fixture), so no activate call.
    return { hookId: NEW_HOOK_ID, steps: [{ kind: "createInlineHook", body: hookBody(desired), why: `register token inline hook "${desired.hookName}"` }], unchanged: [] };
  }
  const steps: Step[] = [];
  const differences = hookDifferences(hook, desired);
  if (differences.length > 0 || desired.rotateSecret) {
    const why = differences.length > 0 ? differences.join("; ") : "send the authentication secret again (--rotate-secret)";
    // A PUT replaces the hook: keep custom headers someone added, and always send the secret.
    steps.push({ kind: "replaceInlineHook", hookId: hook.id, body: hookBody(desired, hook.headers), why: `update inline hook ${hook.id}: ${why}` });
  }
  if (hook.status !== "ACTIVE") steps.push({ kind: "activateInlineHook", hookId: hook.id, why: `activate inline hook ${hook.id} (${hook.status})` });
  const unchanged = steps.length === 0 ? [`inline hook "${hook.name}" (${hook.id}) is ACTIVE at ${hook.uri} with header ${desired.authHeader}`] : [];
  return { hookId: hook.id, steps, unchanged };
}

/**
 * The rule Okta uses for the app's sign-in: in ACTIVE policies that apply to the client, by
 * priority, the first ACTIVE rule whose grant types include authorization_code (docs/okta-token-hook.md §1).
 */
export function findMatchingRule(current: CurrentState, clientId?: string) {
  for (const policy of byPriority(current.policies)) {
    const forClient = policy.clients.includes("ALL_CLIENTS") || clientId === undefined || policy.clients.includes(clientId);
    if (policy.status !== "ACTIVE" || !forClient) continue;
    const rules = [...policy.rules].sort((a, b) => a.body.priority - b.body.priority);
    const rule = rules.find(({ body }) => body.status === "ACTIVE" && body.conditions.grantTypes.include.includes(GRANT));
    if (rule) return { policy, rule };
  }
  return undefined;
}

function newRule(desired: Desired, hookId: string): RuleBody {
  return {
    type: "RESOURCE_ACCESS",
    name: desired.policyName,
    priority: 1,
    status: "ACTIVE",
    conditions: { people: { users: { include: [] }, groups: { include: ["EVERYONE"] } }, grantTypes: { include: [GRANT] }, scopes: { include: ["*"] } },
    actions: { token: { accessTokenLifetimeMinutes: 60, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080, inlineHook: { id: hookId } } },
  };
}

function planRule(current: CurrentState, desired: Desired, hookId: string): { steps: Step[]; unchanged: string[] } {
  const { authServerId } = desired;
  const match = findMatchingRule(current, desired.clientId);
  if (match) {
    const { policy, rule } = match;
    const where = `rule "${rule.body.name}" (${rule.id}) of policy "${policy.name}" (${policy.id})`;
    const attached = rule.body.actions.token.inlineHook?.id;
    if (attached === hookId) return { steps: [], unchanged: [`the hook is attached to ${where} on authorization server ${authServerId}`] };
    const body: RuleBody = { ...rule.body, actions: { token: { ...rule.body.actions.token, inlineHook: { id: hookId } } } };
    // docs/okta-token-hook.md §4.3: one inline hook per rule, so attaching replaces any other hook there.
    const why = `attach the hook to ${where}${attached ? `, replacing inline hook ${attached}` : ""}`;
    return { steps: [{ kind: "replaceRule", authServerId, policyId: policy.id, ruleId: rule.id, body, why }], unchanged: [] };
  }
  const steps: Step[] = [];
  // A policy of ours left from an earlier run (its rule since deactivated or edited) gets the new rule.
  let policyId = current.policies.find((policy) => policy.name === desired.policyName && policy.status === "ACTIVE")?.id;
  if (!policyId) {
    policyId = NEW_POLICY_ID;
    const body: PolicyBody = {
      type: "OAUTH_AUTHORIZATION_POLICY",
      name: desired.policyName,
      description: "Created by npm run okta:setup: runs the Patient Claims token inline hook at sign-in.",
      priority: 1,
      status: "ACTIVE",
      conditions: { clients: { include: [desired.clientId ?? "ALL_CLIENTS"] } },
    };
    steps.push({ kind: "createPolicy", authServerId, body, why: `no ACTIVE rule allows ${GRANT}: create access policy "${desired.policyName}"` });
  }
  steps.push({ kind: "createRule", authServerId, policyId, body: newRule(desired, hookId), why: `create rule "${desired.policyName}" carrying the hook` });
  return { steps, unchanged: [] };
}

/** The calls that bring the org from `current` to `desired`; none when it is there already. */
export function planSetup(current: CurrentState, desired: Desired): Plan {
  const hook = planHook(current, desired);
  const rule = planRule(current, desired, hook.hookId);
  return { steps: [...hook.steps, ...rule.steps], unchanged: [...hook.unchanged, ...rule.unchanged] };
}
