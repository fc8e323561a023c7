import { newOktaId } from "@/okta/simulation/okta-ids";
import { defaultClaims, defaultScopes, type StoredClaim, type StoredScope } from "./scopes-and-claims";

/**
 * An access policy rule as the Management API shows it (without `_links`). Okta calls the token
 * hook in `actions.token.inlineHook` when this rule is the one that matches (docs/okta-token-hook.md §1).
 */
export type StoredPolicyRule = {
  id: string;
  type: "RESOURCE_ACCESS";
  status: "ACTIVE" | "INACTIVE";
  name: string;
  priority: number;
  system: boolean;
  conditions: {
    people: { users: IncludeExclude; groups: IncludeExclude };
    grantTypes: { include: string[] };
    scopes: { include: string[] };
  };
  actions: {
    token: {
      accessTokenLifetimeMinutes: number;
      refreshTokenLifetimeMinutes: number;
      refreshTokenWindowMinutes: number;
      // docs/okta-token-hook.md §4.3: one inline hook per rule.
      inlineHook?: { id: string };
    };
  };
  created: string;
  lastUpdated: string;
};

export type IncludeExclude = { include: string[]; exclude: string[] };

/** An access policy (`OAUTH_AUTHORIZATION_POLICY`) and its rules. */
export type StoredPolicy = {
  id: string;
  type: "OAUTH_AUTHORIZATION_POLICY";
  status: "ACTIVE" | "INACTIVE";
  name: string;
  description: string;
  priority: number;
  system: boolean;
  conditions: { clients: { include: string[] } };
  created: string;
  lastUpdated: string;
  rules: StoredPolicyRule[];
};

/** A custom authorization server; the local Okta serves only `default`. */
export type AuthorizationServerState = {
  id: string;
  name: string;
  description: string;
  audiences: string[];
  created: string;
  lastUpdated: string;
  policies: StoredPolicy[];
  scopes: StoredScope[];
  claims: StoredClaim[];
};

// The grant types of the Default Policy Rule in a new Okta org's `default` server (a guess from
// Okta's API examples; the local Okta serves the code, refresh and client credentials grants).
const DEFAULT_RULE_GRANT_TYPES = ["client_credentials", "authorization_code", "implicit", "password"];

/** Okta's default token lifetimes for a rule: 1 h access tokens, unlimited refresh, 7-day window. */
export const DEFAULT_TOKEN_ACTIONS = { accessTokenLifetimeMinutes: 60, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080 };

/** The Default Policy Rule, carrying `hookId` when there is a hook to attach. */
export function defaultPolicyRule(now: string, hookId: string | undefined, id = newOktaId("0pr")): StoredPolicyRule {
  return {
    id,
    type: "RESOURCE_ACCESS",
    status: "ACTIVE",
    name: "Default Policy Rule",
    priority: 1,
    system: false,
    conditions: {
      people: { users: { include: [], exclude: [] }, groups: { include: ["EVERYONE"], exclude: [] } },
      grantTypes: { include: [...DEFAULT_RULE_GRANT_TYPES] },
      scopes: { include: ["*"] },
    },
    actions: { token: { ...DEFAULT_TOKEN_ACTIONS, ...(hookId ? { inlineHook: { id: hookId } } : {}) } },
    created: now,
    lastUpdated: now,
  };
}

/** The Default Policy (all clients) with one rule. */
export function defaultPolicy(now: string, rule: StoredPolicyRule, id = newOktaId("00p"), name = "Default Policy"): StoredPolicy {
  return {
    id,
    type: "OAUTH_AUTHORIZATION_POLICY",
    status: "ACTIVE",
    name,
    description: "Default policy description",
    priority: 1,
    system: false,
    conditions: { clients: { include: ["ALL_CLIENTS"] } },
    created: now,
    lastUpdated: now,
    rules: [rule],
  };
}

/** The `default` custom authorization server as a new Okta org has it. */
export function defaultAuthorizationServer(now: string, policies: StoredPolicy[]): AuthorizationServerState {
  return {
    id: "default",
    name: "default",
    description: "Default Authorization Server for your Applications",
    audiences: ["api://default"],
    created: now,
    lastUpdated: now,
    policies,
    scopes: defaultScopes(),
    claims: defaultClaims(),
  };
}

/** Items in Okta's evaluation order: lowest `priority` first. */
export const byPriority = <T extends { priority: number }>(items: T[]): T[] => [...items].sort((a, b) => a.priority - b.priority);
