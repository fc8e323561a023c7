import { describe, expect, it } from "vitest";
import { defaultAuthorizationServer, defaultPolicy, defaultPolicyRule, type StoredPolicyRule } from "./authorization-server-state";
import { findRuleInlineHook, matchPolicyRule, type TokenRequestFacts } from "./match-policy-rule";
import { migrateState } from "./migrate-state";
import { groupIdFor } from "../directory/directory-types";
import type { LocalOktaState, StoredInlineHook } from "./state-types";

const NOW = "2026-01-01T00:00:00.000Z";
const request: TokenRequestFacts = { clientId: "app", grantType: "authorization_code", scopes: ["openid", "profile"], user: { id: "00uKIM", groups: ["Everyone"] } };
const rule = (id: string, changes: Partial<StoredPolicyRule> = {}, hookId?: string) => ({ ...defaultPolicyRule(NOW, hookId, id), ...changes });
const hook = (id: string, status: "ACTIVE" | "INACTIVE" = "ACTIVE"): StoredInlineHook => ({
  id,
  status,
  name: id,
  type: "com.okta.oauth2.tokens.transform",
  version: "1.0.0",
  channel: { type: "HTTP", version: "1.0.0", config: { uri: "http://localhost/h", method: "POST", headers: [], authScheme: null } },
  created: NOW,
  lastUpdated: NOW,
});

describe("matchPolicyRule (docs/okta-token-hook.md §1)", () => {
  it("takes policies, then rules, by priority and skips inactive ones", () => {
    const low = { ...defaultPolicy(NOW, rule("0prLOW"), "00pLOW"), priority: 2 };
    const high = { ...defaultPolicy(NOW, rule("0prOFF", { status: "INACTIVE" }), "00pHIGH"), priority: 1 };
    high.rules.push(rule("0prSECOND", { priority: 2 }));
    expect(matchPolicyRule(defaultAuthorizationServer(NOW, [low, high]), request)?.rule.id).toBe("0prSECOND");
  });

  it("checks the client, grant type, people and scopes", () => {
    const server = (changes: Partial<StoredPolicyRule>, clients = ["ALL_CLIENTS"]) => {
      const policy = defaultPolicy(NOW, rule("0pr", changes));
      policy.conditions.clients.include = clients;
      return defaultAuthorizationServer(NOW, [policy]);
    };
    const conditions = defaultPolicyRule(NOW, undefined).conditions;
    expect(matchPolicyRule(server({}), request)).toBeDefined();
    expect(matchPolicyRule(server({}, ["other"]), request)).toBeUndefined();
    expect(matchPolicyRule(server({}, ["app"]), request)).toBeDefined();
    expect(matchPolicyRule(server({ conditions: { ...conditions, grantTypes: { include: ["client_credentials"] } } }), request)).toBeUndefined();
    const admins = { users: { include: [], exclude: [] }, groups: { include: ["Patient Admins"], exclude: [] } };
    expect(matchPolicyRule(server({ conditions: { ...conditions, people: admins } }), request)).toBeUndefined();
    const byId = { users: { include: [], exclude: [] }, groups: { include: [groupIdFor("Everyone")], exclude: [] } };
    expect(matchPolicyRule(server({ conditions: { ...conditions, people: byId } }), request)).toBeDefined();
    // Client credentials: no user, so the people condition does not apply.
    expect(matchPolicyRule(server({ conditions: { ...conditions, people: admins, grantTypes: { include: ["client_credentials"] } } }), { ...request, grantType: "client_credentials", user: undefined })).toBeDefined();
    expect(matchPolicyRule(server({ conditions: { ...conditions, scopes: { include: ["openid"] } } }), request)).toBeUndefined();
    expect(matchPolicyRule(server({ conditions: { ...conditions, scopes: { include: ["openid", "profile"] } } }), request)).toBeDefined();
  });
});

describe("findRuleInlineHook", () => {
  const state = (rules: StoredPolicyRule[], hooks: StoredInlineHook[]): LocalOktaState => ({
    version: 3,
    apps: [],
    inlineHooks: hooks,
    authorizationServers: [defaultAuthorizationServer(NOW, [{ ...defaultPolicy(NOW, rule("0prX")), rules }])],
  });

  it("is the ACTIVE token hook on the rule, and none when the rule has no hook", () => {
    const hooks = [hook("calA"), hook("calB"), hook("calOFF", "INACTIVE")];
    expect(findRuleInlineHook(state([rule("0prA", {}, "calA")], hooks), "0prA")?.id).toBe("calA");
    expect(findRuleInlineHook(state([rule("0prA")], hooks), "0prA")).toBeUndefined();
    expect(findRuleInlineHook(state([rule("0prA", {}, "calOFF")], hooks), "0prA")).toBeUndefined();
  });
});

describe("migrateState", () => {
  it("gives a version 2 file (one client from the environment, no scopes) the default scopes and claims, keeping its ids", () => {
    const { scopes, claims, ...v2Server } = defaultAuthorizationServer(NOW, [defaultPolicy(NOW, rule("0prKEEP"), "00pKEEP")]);
    void scopes;
    void claims;
    const migrated = migrateState({ version: 2, inlineHooks: [hook("calKEEP")], authorizationServers: [v2Server] });
    expect(migrated).toMatchObject({ version: 3, apps: [], inlineHooks: [{ id: "calKEEP" }] });
    expect(migrated.authorizationServers[0]?.policies[0]?.rules[0]?.id).toBe("0prKEEP");
    expect(migrated.authorizationServers[0]?.scopes.map((scope) => scope.name)).toContain("groups");
    expect(migrated.authorizationServers[0]?.claims.map((claim) => claim.name)).toEqual(["groups"]);
  });

  it("keeps version 1 ids and attaches the hook version 1 called (the last activated)", () => {
    const migrated = migrateState({
      version: 1,
      inlineHooks: [{ ...hook("calOLD"), activatedAt: "2026-01-01T00:00:00.000Z" }, { ...hook("calNEW"), activatedAt: "2026-02-01T00:00:00.000Z" }],
      authorizationServers: [{ id: "default", policies: [{ id: "00pP", name: "Default Policy", rules: [{ id: "0prR", name: "Default Policy Rule" }] }] }],
    });
    expect(migrated.version).toBe(3);
    expect(migrated.authorizationServers[0]?.policies[0]).toMatchObject({ id: "00pP", status: "ACTIVE", rules: [{ id: "0prR", actions: { token: { inlineHook: { id: "calNEW" } } } }] });
  });
});
