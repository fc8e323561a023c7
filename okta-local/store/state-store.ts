import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TOKEN_HOOK_EVENT_TYPE } from "@/lib/okta-hook/request-schema";
import { newOktaId } from "../okta-ids";

/** An inline hook as the Management API shows it (contract §4.3), plus the write-only secret. */
export type StoredInlineHook = {
  id: string;
  status: "ACTIVE" | "INACTIVE";
  name: string;
  type: string;
  version: string;
  channel: {
    type: "HTTP";
    version: string;
    config: {
      uri: string;
      method: "POST";
      headers: { key: string; value: string }[];
      // contract §4.5: authScheme.value is write-only: stored here, never returned by the API.
      authScheme: { type: string; key: string; value: string } | null;
    };
  };
  created: string;
  lastUpdated: string;
  /** When it last became ACTIVE: picks the hook to call when several token hooks are active. */
  activatedAt?: string;
};

/** The `default` custom authorization server. Policies and rules get their own API later. */
export type AuthorizationServerState = {
  id: string;
  policies: { id: string; name: string; rules: { id: string; name: string }[] }[];
};

export type LocalOktaState = {
  version: 1;
  inlineHooks: StoredInlineHook[];
  authorizationServers: AuthorizationServerState[];
};

export type HookSeed = { uri: string; authHeader: string; authValue: string };

export type StateStore = {
  read(): LocalOktaState;
  /** Applies `change` to a copy and saves it; the change is visible only once it is on disk. */
  update<T>(change: (state: LocalOktaState) => T): T;
};

function seedState(state: LocalOktaState | undefined, seed: HookSeed): LocalOktaState {
  const now = new Date().toISOString();
  const next: LocalOktaState = state ?? { version: 1, inlineHooks: [], authorizationServers: [] };
  if (!next.authorizationServers.some((server) => server.id === "default")) {
    next.authorizationServers.push({
      id: "default",
      policies: [{ id: newOktaId("00p"), name: "Default Policy", rules: [{ id: newOktaId("0pr"), name: "Default Policy Rule" }] }],
    });
  }
  if (!next.inlineHooks.some((hook) => hook.type === TOKEN_HOOK_EVENT_TYPE)) {
    next.inlineHooks.push({
      id: newOktaId("cal"),
      status: "ACTIVE",
      name: "Patient Claims token hook",
      type: TOKEN_HOOK_EVENT_TYPE,
      version: "1.0.0",
      channel: {
        type: "HTTP",
        version: "1.0.0",
        config: {
          uri: seed.uri,
          method: "POST",
          headers: [],
          authScheme: { type: "HEADER", key: seed.authHeader, value: seed.authValue },
        },
      },
      created: now,
      lastUpdated: now,
      activatedAt: now,
    });
  }
  return next;
}

/**
 * `<dataDir>/state.json`: the org's configuration (inline hooks, authorization server). On first
 * start, and whenever no token hook is registered, a token hook is seeded from `seed`.
 */
export function openStateStore(dataDir: string, seed: HookSeed): StateStore {
  const file = path.join(dataDir, "state.json");
  let stored: LocalOktaState | undefined;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as LocalOktaState;
    if (stored.version !== 1) throw new Error(`${file}: unknown version ${String(stored.version)}`);
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

/**
 * The token hook the local Okta calls. Okta calls the hook attached to the access policy rule
 * that matched (contract §1); until rules can be edited here, that is the active token hook that
 * was activated last.
 */
export function findActiveTokenHook(state: LocalOktaState): StoredInlineHook | undefined {
  return state.inlineHooks
    .filter((hook) => hook.type === TOKEN_HOOK_EVENT_TYPE && hook.status === "ACTIVE")
    .sort((a, b) => (b.activatedAt ?? b.created).localeCompare(a.activatedAt ?? a.created))[0];
}

/** The policy and rule reported in `data.context.policy` (contract §2.2). */
export function findDefaultPolicy(state: LocalOktaState): { id: string; rule: { id: string } } {
  const policy = state.authorizationServers.find((server) => server.id === "default")?.policies[0];
  const rule = policy?.rules[0];
  if (!policy || !rule) throw new Error("state.json: the default authorization server has no policy rule");
  return { id: policy.id, rule: { id: rule.id } };
}
