import { defaultAuthorizationServer, defaultPolicy, defaultPolicyRule } from "./authorization-server-state";
import type { LocalOktaState, StoredInlineHook } from "./state-types";
import { findActiveTokenHook } from "./find-token-hook";

/** state.json version 1: policies and rules were names only, and the hook called was the last activated. */
type StateV1 = {
  version: 1;
  inlineHooks: StoredInlineHook[];
  authorizationServers: { id: string; policies: { id: string; name: string; rules: { id: string; name: string }[] }[] }[];
};

/** Any state.json this version can read. */
export type StateFile = LocalOktaState | StateV1;

/**
 * Upgrades a version 1 state.json in place of deleting it: ids are kept (tokens and System Log
 * entries name them) and the hook version 1 called is attached to every rule, so a developer's
 * existing local Okta keeps calling the same hook.
 */
export function migrateState(stored: StateFile): LocalOktaState {
  if (stored.version === 2) return stored;
  const now = new Date().toISOString();
  const hookId = findActiveTokenHook(stored)?.id;
  return {
    version: 2,
    inlineHooks: stored.inlineHooks,
    authorizationServers: stored.authorizationServers.map((server) => ({
      ...defaultAuthorizationServer(now, []),
      id: server.id,
      name: server.id,
      policies: server.policies.map((policy, index) => ({
        ...defaultPolicy(now, defaultPolicyRule(now, hookId), policy.id, policy.name),
        priority: index + 1,
        rules: policy.rules.map((rule, ruleIndex) => ({ ...defaultPolicyRule(now, hookId, rule.id), name: rule.name, priority: ruleIndex + 1 })),
      })),
    })),
  };
}
