import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import { groupIdFor } from "../directory/directory-types";
import { byPriority, type AuthorizationServerState, type IncludeExclude, type StoredPolicy, type StoredPolicyRule } from "./authorization-server-state";
import type { LocalOktaState, StoredInlineHook } from "./state-types";

/** What Okta's access policies look at in a token request. */
export type TokenRequestFacts = {
  clientId: string;
  /** For the refresh grant, the grant that started it (see below). */
  grantType: string;
  scopes: string[];
  /** Absent for client credentials: the client acts for itself. */
  user?: { id: string; groups: string[] };
};

export type MatchedRule = { policy: StoredPolicy; rule: StoredPolicyRule };

const admits = ({ include, exclude }: IncludeExclude, values: string[]) =>
  include.some((value) => values.includes(value)) && !exclude.some((value) => values.includes(value));

function ruleMatches(rule: StoredPolicyRule, request: TokenRequestFacts): boolean {
  const { people, grantTypes, scopes } = rule.conditions;
  // Okta's rules name groups by id (the Groups API's `00g…`), or EVERYONE for all users; the
  // names of users.json are accepted too. Without a user (client credentials) people do not apply.
  const { user } = request;
  const groups = user ? ["EVERYONE", ...user.groups, ...user.groups.map(groupIdFor)] : [];
  const isPerson = !user || admits(people.users, [user.id]) || admits(people.groups, groups);
  // Every requested scope must be allowed by the rule, `*` allowing any (behaviour inferred).
  const scopesAllowed = scopes.include.includes("*") || request.scopes.every((scope) => scopes.include.includes(scope));
  return rule.status === "ACTIVE" && isPerson && grantTypes.include.includes(request.grantType) && scopesAllowed;
}

/**
 * The rule Okta evaluates for a token request (docs/okta-token-hook.md §1): the first ACTIVE policy, by
 * priority, whose clients include the client, then its first ACTIVE rule, by priority, whose
 * people, grant type and scopes match. Undefined when none does (Okta then refuses the request).
 */
export function matchPolicyRule(server: AuthorizationServerState | undefined, request: TokenRequestFacts): MatchedRule | undefined {
  for (const policy of byPriority(server?.policies ?? [])) {
    const { include } = policy.conditions.clients;
    if (policy.status !== "ACTIVE" || !(include.includes("ALL_CLIENTS") || include.includes(request.clientId))) continue;
    const rule = byPriority(policy.rules).find((candidate) => ruleMatches(candidate, request));
    if (rule) return { policy, rule };
  }
  return undefined;
}

/**
 * The hook Okta calls for tokens minted under `ruleId`: the one in the rule's
 * `actions.token.inlineHook`, if it is an ACTIVE token hook. No hook on the rule: no call (the
 * "hook not attached" case, docs/okta-token-hook.md §1).
 */
export function findRuleInlineHook(state: LocalOktaState, ruleId: string): StoredInlineHook | undefined {
  const rule = state.authorizationServers
    .flatMap((server) => server.policies.flatMap((policy) => policy.rules))
    .find((candidate) => candidate.id === ruleId);
  const hookId = rule?.actions.token.inlineHook?.id;
  return state.inlineHooks.find(
    (hook) => hook.id === hookId && hook.type === TOKEN_HOOK_EVENT_TYPE && hook.status === "ACTIVE",
  );
}
