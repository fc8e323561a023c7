import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import { newOktaId } from "@/okta/simulation/okta-ids";
import {
  byPriority,
  defaultAuthorizationServer,
  defaultPolicy,
  defaultPolicyRule,
} from "./authorization-server-state";
import { buildHttpTokenHook } from "@/okta/caller/inline-hook";
import { findActiveTokenHook } from "./find-token-hook";
import { migrateState, type StateFile } from "./migrate-state";
import type { HookSeed, LocalOktaState, StateStore, StoredInlineHook } from "./state-types";

function seedHook(seed: HookSeed, now: string): StoredInlineHook {
  const auth = { header: seed.authHeader, value: seed.authValue };
  return { ...buildHttpTokenHook({ id: newOktaId("cal"), name: "Patient Claims token hook", uri: seed.uri, auth, now }), activatedAt: now };
}

/**
 * A new org has the `default` server with one policy and rule; here the rule also carries the
 * env-configured hook, so `npm run dev` calls the app's hook with no setup (docs/okta-token-hook.md §1).
 */
function seedState(stored: StateFile | undefined, seed: HookSeed): LocalOktaState {
  const now = new Date().toISOString();
  const next: LocalOktaState = stored ? migrateState(stored) : { version: 2, inlineHooks: [], authorizationServers: [] };
  if (!next.inlineHooks.some((hook) => hook.type === TOKEN_HOOK_EVENT_TYPE)) {
    const hook = seedHook(seed, now);
    next.inlineHooks.push(hook);
    // A rule left pointing at a deleted hook gets the re-seeded one; a rule with no hook stays so.
    const rules = next.authorizationServers.flatMap((server) => server.policies.flatMap((policy) => policy.rules));
    for (const rule of rules) if (rule.actions.token.inlineHook) rule.actions.token.inlineHook = { id: hook.id };
  }
  if (!next.authorizationServers.some((server) => server.id === "default")) {
    const hookId = findActiveTokenHook(next)?.id;
    next.authorizationServers.push(defaultAuthorizationServer(now, [defaultPolicy(now, defaultPolicyRule(now, hookId))]));
  }
  return next;
}

/**
 * `<dataDir>/state.json`: the org's configuration (inline hooks, the `default` authorization
 * server's policies and rules). On first start, and whenever no token hook is registered, a token
 * hook is seeded from `seed`; a version 1 file is upgraded.
 */
export function openStateStore(dataDir: string, seed: HookSeed): StateStore {
  const file = path.join(dataDir, "state.json");
  let stored: StateFile | undefined;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as StateFile;
    if (stored.version !== 1 && stored.version !== 2) throw new Error(`${file}: unknown version ${String((stored as { version: unknown }).version)}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  const save = (next: LocalOktaState) => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(`${file}.tmp`, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };

  let state = seedState(stored, seed);
  save(state);

  return {
    read: () => state,
    update(change) {
      const next = structuredClone(state);
      const result = change(next);
      save(next);
      state = next;
      return result;
    },
  };
}

/** The first rule Okta would evaluate on `default`: what the Preview page reports in `data.context.policy`. */
export function findDefaultPolicy(state: LocalOktaState): { id: string; rule: { id: string } } {
  const server = state.authorizationServers.find((candidate) => candidate.id === "default");
  const policy = byPriority(server?.policies ?? []).find((candidate) => candidate.rules.length > 0);
  const rule = policy && byPriority(policy.rules)[0];
  if (!policy || !rule) throw new Error("state.json: the default authorization server has no policy rule");
  return { id: policy.id, rule: { id: rule.id } };
}
