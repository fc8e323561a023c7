import { defaultAuthorizationServer, defaultPolicy, defaultPolicyRule, type AuthorizationServerState } from "./authorization-server-state";
import type { LocalOktaState, StoredInlineHook } from "./state-types";
import { findActiveTokenHook } from "./find-token-hook";
import { defaultClaims, defaultScopes } from "./scopes-and-claims";

/** state.json version 1: policies and rules were names only, and the hook called was the last activated. */
type StateV1 = {
  version: 1;
  inlineHooks: StoredInlineHook[];
  authorizationServers: { id: string; policies: { id: string; name: string; rules: { id: string; name: string }[] }[] }[];
};

/** state.json version 2: no apps (one client from the environment), no scopes or claims. */
type StateV2 = {
  version: 2;
  inlineHooks: StoredInlineHook[];
  authorizationServers: Omit<AuthorizationServerState, "scopes" | "claims">[];
};

/** Any state.json this version can read. */
export type StateFile = LocalOktaState | StateV2 | StateV1;

/**
 * Upgrades an older state.json in place of deleting it: ids are kept (tokens and System Log
 * entries name them). Version 1 gets the hook it called attached to every rule, so a developer's
 * existing local Okta keeps calling the same hook; version 2 gets the default scopes and claims
 * (its apps are seeded afterwards, as on a first start).
 */
export function migrateState(stored: StateFile): LocalOktaState {
  if (stored.version === 3) return stored;
  const v2 = stored.version === 2 ? stored : fromV1(stored);
  return {
    version: 3,
    apps: [],
    inlineHooks: v2.inlineHooks,
    authorizationServers: v2.authorizationServers.map((server) => ({ ...server, scopes: defaultScopes(), claims: defaultClaims() })),
  };
}

function fromV1(stored: StateV1): StateV2 {
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
