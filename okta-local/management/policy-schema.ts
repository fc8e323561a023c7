import { z } from "zod";
import { DEFAULT_TOKEN_ACTIONS, type StoredPolicy, type StoredPolicyRule } from "../store/authorization-server-state";

// Shapes of Okta's AuthorizationServerPolicy and AuthorizationServerPolicyRule (Management API,
// as modelled by @okta/okta-sdk-nodejs 8.1.0). Unknown and read-only members (id, created,
// _links…) are dropped, as a PUT of a fetched object sends them back.
const status = z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE");
const priority = z.number().int().min(1).optional();
const includeExclude = z
  .object({ include: z.array(z.string().min(1)).default([]), exclude: z.array(z.string().min(1)).default([]) })
  .default({ include: [], exclude: [] });

export const policyInputSchema = z.object({
  type: z.literal("OAUTH_AUTHORIZATION_POLICY"),
  name: z.string().min(1).max(255),
  description: z.string().min(1).max(255),
  priority,
  status,
  conditions: z.object({ clients: z.object({ include: z.array(z.string().min(1)).min(1) }) }),
});

export const ruleInputSchema = z.object({
  type: z.literal("RESOURCE_ACCESS"),
  name: z.string().min(1).max(255),
  priority,
  status,
  conditions: z.object({
    people: z
      .object({ users: includeExclude, groups: includeExclude })
      .refine(({ users, groups }) => users.include.length + groups.include.length > 0, {
        error: "include at least one user or group (EVERYONE for all)",
      }),
    grantTypes: z.object({ include: z.array(z.string().min(1)).min(1) }),
    scopes: z.object({ include: z.array(z.string().min(1)).min(1) }),
  }),
  actions: z
    .object({
      token: z.object({
        accessTokenLifetimeMinutes: z.number().int().min(5).max(1440).default(DEFAULT_TOKEN_ACTIONS.accessTokenLifetimeMinutes),
        refreshTokenLifetimeMinutes: z.number().int().min(0).default(DEFAULT_TOKEN_ACTIONS.refreshTokenLifetimeMinutes),
        refreshTokenWindowMinutes: z.number().int().min(5).default(DEFAULT_TOKEN_ACTIONS.refreshTokenWindowMinutes),
        inlineHook: z.object({ id: z.string().min(1) }).nullish(),
      }),
    })
    .default({ token: { ...DEFAULT_TOKEN_ACTIONS } }),
});

export type PolicyInput = z.output<typeof policyInputSchema>;
export type RuleInput = z.output<typeof ruleInputSchema>;

const lifecycleLink = (self: string, active: boolean) => {
  const action = active ? "deactivate" : "activate";
  return { [action]: { href: `${self}/lifecycle/${action}`, hints: { allow: ["POST"] } } };
};

/** A policy as the API returns it: without its rules, with Okta's `_links`. */
export function toApiPolicy({ rules, ...policy }: StoredPolicy, serverUrl: string) {
  void rules;
  const self = `${serverUrl}/policies/${policy.id}`;
  return {
    ...policy,
    _links: { self: { href: self, hints: { allow: ["GET", "PUT", "DELETE"] } }, rules: { href: `${self}/rules` }, ...lifecycleLink(self, policy.status === "ACTIVE") },
  };
}

/** A rule as the API returns it, with Okta's `_links`. */
export function toApiRule(rule: StoredPolicyRule, policyUrl: string) {
  const self = `${policyUrl}/rules/${rule.id}`;
  return { ...rule, _links: { self: { href: self, hints: { allow: ["GET", "PUT", "DELETE"] } }, ...lifecycleLink(self, rule.status === "ACTIVE") } };
}

/**
 * Puts `item` at its `priority` (1 = evaluated first), moving the others down as Okta does
 * (inferred), or last when it has none; renumbers 1..n.
 */
export function placeByPriority<T extends { id: string; priority: number }>(items: T[], item: T, requested: number | undefined): T[] {
  const others = items.filter((candidate) => candidate.id !== item.id).sort((a, b) => a.priority - b.priority);
  const index = Math.min(Math.max((requested ?? others.length + 1) - 1, 0), others.length);
  const placed = [...others.slice(0, index), item, ...others.slice(index)];
  placed.forEach((candidate, position) => (candidate.priority = position + 1));
  return placed;
}
