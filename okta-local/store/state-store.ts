import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { byPriority, type AuthorizationServerState } from "./authorization-server-state";
import type { StateFile } from "./migrate-state";
import { seedState, type StateSeed } from "./seed-state";
import type { LocalOktaState, StateStore } from "./state-types";

/**
 * `<dataDir>/state.json`: the org's configuration (apps, inline hooks, the `default`
 * authorization server's policies, rules, scopes and claims), seeded and upgraded by seed-state.ts.
 */
export function openStateStore(dataDir: string, seed: StateSeed): StateStore {
  const file = path.join(dataDir, "state.json");
  let stored: StateFile | undefined;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as StateFile;
    if (![1, 2, 3].includes(stored.version)) throw new Error(`${file}: unknown version ${String((stored as { version: unknown }).version)}`);
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

/** The `default` authorization server: the one the local Okta serves. */
export const findDefaultServer = (state: StateStore): AuthorizationServerState | undefined =>
  state.read().authorizationServers.find((server) => server.id === "default");
