import { describe, expect, it } from "vitest";
import { describeCall } from "./describe-call";
import type { InlineHookView, RuleBody } from "./okta-admin";
import { NEW_HOOK_ID, NEW_POLICY_ID, planSetup, type CurrentState, type Desired } from "./plan-setup";

const desired: Desired = {
  authServerId: "default",
  hookName: "Patient Claims token hook",
  hookUri: "https://claims.example.com/api/hooks/token",
  authHeader: "Authorization",
  secret: "Basic c2VjcmV0",
  rotateSecret: false,
  policyName: "Patient Claims",
};

// As Okta returns it: authScheme without value, type and key lower-cased (docs/okta-token-hook.md §4.3 fixture).
const hook: InlineHookView = {
  id: "calHOOK",
  name: desired.hookName,
  status: "ACTIVE",
  version: "1.0.0",
  channelType: "HTTP",
  uri: desired.hookUri,
  method: "POST",
  headers: [{ key: "x-any-key", value: "kept" }],
  authScheme: { type: "header", key: "authorization" },
};

const rule = (overrides: Partial<RuleBody> = {}, hookId?: string): { id: string; body: RuleBody } => ({
  id: "0prRULE",
  body: {
    type: "RESOURCE_ACCESS",
    name: "Default Policy Rule",
    priority: 1,
    status: "ACTIVE",
    conditions: { people: { users: { include: [] }, groups: { include: ["EVERYONE"] } }, grantTypes: { include: ["authorization_code"] }, scopes: { include: ["*"] } },
    actions: { token: { accessTokenLifetimeMinutes: 60, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080, ...(hookId ? { inlineHook: { id: hookId } } : {}) } },
    ...overrides,
  },
});

const org = (rules: { id: string; body: RuleBody }[], hooks: InlineHookView[] = [hook]): CurrentState => ({
  hooks,
  policies: [{ id: "00pPOLICY", name: "Default Policy", status: "ACTIVE", priority: 1, clients: ["ALL_CLIENTS"], rules }],
});

const kinds = (state: CurrentState, wanted: Desired = desired) => planSetup(state, wanted).steps.map((step) => step.kind);

describe("planSetup", () => {
  it("plans nothing when the hook is registered, active and on the matching rule", () => {
    const plan = planSetup(org([rule({}, "calHOOK")]), desired);
    expect(plan.steps).toEqual([]);
    expect(plan.unchanged.join(" ")).toContain('rule "Default Policy Rule" (0prRULE)');
  });

  it("registers a new hook and attaches it to the matching rule, keeping the rule's other settings", () => {
    const plan = planSetup(org([rule({ name: "Mine", priority: 3 })], []), desired);
    expect(plan.steps.map((step) => step.kind)).toEqual(["createInlineHook", "replaceRule"]);
    const replace = plan.steps[1];
    expect(replace?.kind === "replaceRule" && replace.body).toMatchObject({ name: "Mine", priority: 3, actions: { token: { inlineHook: { id: NEW_HOOK_ID } } } });
  });

  it("updates the hook when its URI or header differs, keeps its custom headers, and activates it when inactive", () => {
    const stale = { ...hook, uri: "https://old.example.com/hook", status: "INACTIVE" };
    const plan = planSetup(org([rule({}, "calHOOK")], [stale]), desired);
    expect(plan.steps.map((step) => step.kind)).toEqual(["replaceInlineHook", "activateInlineHook"]);
    expect(plan.steps[0]?.why).toContain("URI https://old.example.com/hook → https://claims.example.com/api/hooks/token");
    expect(describeCall(plan.steps[0]!).body).toMatchObject({ channel: { config: { headers: [{ key: "x-any-key", value: "kept" }] } } });
    expect(kinds(org([rule({}, "calHOOK")], [{ ...hook, authScheme: { type: "HEADER", key: "X-Hook-Key" } }]))).toEqual(["replaceInlineHook"]);
  });

  it("sends the secret again only with --rotate-secret (Okta never returns it)", () => {
    expect(kinds(org([rule({}, "calHOOK")]), { ...desired, rotateSecret: true })).toEqual(["replaceInlineHook"]);
  });

  it("replaces another hook on the matching rule and says so (one hook per rule)", () => {
    const plan = planSetup(org([rule({}, "calOTHER")]), desired);
    expect(plan.steps.map((step) => step.kind)).toEqual(["replaceRule"]);
    expect(plan.steps[0]?.why).toContain("replacing inline hook calOTHER");
  });

  it("skips inactive rules and rules without authorization_code, then creates a policy and rule", () => {
    const inactive = rule({ status: "INACTIVE" }, "calHOOK");
    const clientCredentials = { ...rule({ conditions: { ...rule().body.conditions, grantTypes: { include: ["client_credentials"] } } }), id: "0prCC" };
    const plan = planSetup(org([inactive, clientCredentials]), desired);
    expect(plan.steps.map((step) => step.kind)).toEqual(["createPolicy", "createRule"]);
    const [createPolicy, createRule] = plan.steps;
    expect(createPolicy?.kind === "createPolicy" && createPolicy.body.conditions.clients.include).toEqual(["ALL_CLIENTS"]);
    expect(createRule?.kind === "createRule" && createRule.policyId).toBe(NEW_POLICY_ID);
    expect(createRule?.kind === "createRule" && createRule.body).toMatchObject({
      status: "ACTIVE",
      conditions: { grantTypes: { include: ["authorization_code"] } },
      actions: { token: { inlineHook: { id: "calHOOK" } } },
    });
  });

  it("adds the rule to its own earlier policy instead of creating another, and scopes a new policy to the client", () => {
    const state = org([]);
    state.policies.push({ id: "00pOURS", name: "Patient Claims", status: "ACTIVE", priority: 2, clients: ["0oaAPP"], rules: [] });
    const plan = planSetup(state, desired);
    expect(plan.steps.map((step) => step.kind)).toEqual(["createRule"]);
    expect(plan.steps[0]?.kind === "createRule" && plan.steps[0].policyId).toBe("00pOURS");
    const created = planSetup(org([]), { ...desired, clientId: "0oaAPP" }).steps[0];
    expect(created?.kind === "createPolicy" && created.body.conditions.clients.include).toEqual(["0oaAPP"]);
  });

  it("ignores policies for other clients when the client id is known", () => {
    const state = org([rule({}, "calHOOK")]);
    state.policies[0]!.clients = ["0oaOTHER"];
    expect(kinds(state, { ...desired, clientId: "0oaAPP" })).toEqual(["createPolicy", "createRule"]);
    expect(kinds(state)).toEqual([]);
  });

  it("never puts the secret in a described call", () => {
    const steps = planSetup(org([rule()], []), desired).steps;
    const printed = JSON.stringify(steps.map(describeCall));
    expect(printed).not.toContain(desired.secret);
    expect(printed).toContain("********");
  });
});
