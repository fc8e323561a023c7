import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import { buildHttpTokenHook } from "@/okta/caller/inline-hook";
import { newOktaId } from "@/okta/simulation/okta-ids";
import { seedApps, type AppSeed } from "../apps/seed-apps";
import { defaultAuthorizationServer, defaultPolicy, defaultPolicyRule } from "./authorization-server-state";
import { findActiveTokenHook } from "./find-token-hook";
import { migrateState, type StateFile } from "./migrate-state";
import type { HookSeed, LocalOktaState, StoredInlineHook } from "./state-types";

export type StateSeed = { hook: HookSeed; apps: AppSeed[] };

const SEEDED_HOOK_NAME = "Patient Claims token hook";

/** What a person may change about a hook and a restart would update. */
const hookFingerprint = (hook: StoredInlineHook): string => JSON.stringify([hook.name, hook.channel]);

function seedHook(seed: HookSeed, now: string, id = newOktaId("cal")): StoredInlineHook {
  const auth = { header: seed.authHeader, value: seed.authValue };
  const hook = buildHttpTokenHook({ id, name: SEEDED_HOOK_NAME, uri: seed.uri, auth, now });
  return { ...hook, activatedAt: now, seededAs: hookFingerprint(hook) };
}

/**
 * The hook seeded from the stack's settings follows them (the app's URL after `PORT` changed)
 * until a person changes it through the API. A hook from before seed markers counts as seeded
 * when it has the seed's name and was never updated.
 */
function followHookSeed(state: LocalOktaState, seed: HookSeed, now: string) {
  state.inlineHooks = state.inlineHooks.map((hook) => {
    const untouched = hook.seededAs === undefined && hook.name === SEEDED_HOOK_NAME && hook.created === hook.lastUpdated;
    if (hook.seededAs !== hookFingerprint(hook) && !untouched) return hook;
    const next = seedHook(seed, now, hook.id);
    if (hookFingerprint(next) === hookFingerprint(hook)) return { ...hook, seededAs: hookFingerprint(hook) };
    return { ...hook, channel: next.channel, lastUpdated: now, seededAs: hookFingerprint(next) };
  });
}

/**
 * A new org has the `default` server with one policy and rule, its scopes and claims; here the
 * rule also carries the env-configured hook, so `npm run dev` calls the app's hook with no setup
 * (docs/okta-token-hook.md §1), and the project's client and the apps file are registered as apps.
 */
export function seedState(stored: StateFile | undefined, seed: StateSeed): LocalOktaState {
  const now = new Date().toISOString();
  const next: LocalOktaState = stored ? migrateState(stored) : { version: 3, apps: [], inlineHooks: [], authorizationServers: [] };
  followHookSeed(next, seed.hook, now);
  if (!next.inlineHooks.some((hook) => hook.type === TOKEN_HOOK_EVENT_TYPE)) {
    const hook = seedHook(seed.hook, now);
    next.inlineHooks.push(hook);
    // A rule left pointing at a deleted hook gets the re-seeded one; a rule with no hook stays so.
    const rules = next.authorizationServers.flatMap((server) => server.policies.flatMap((policy) => policy.rules));
    for (const rule of rules) if (rule.actions.token.inlineHook) rule.actions.token.inlineHook = { id: hook.id };
  }
  if (!next.authorizationServers.some((server) => server.id === "default")) {
    const hookId = findActiveTokenHook(next)?.id;
    next.authorizationServers.push(defaultAuthorizationServer(now, [defaultPolicy(now, defaultPolicyRule(now, hookId))]));
  }
  seedApps(next, seed.apps, now);
  return next;
}
