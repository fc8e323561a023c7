import { TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import type { StoredInlineHook } from "./state-types";

/**
 * The active token hook activated last. Not what Okta calls at minting (that is the hook on the
 * matching rule: match-policy-rule.ts); it is the hook the Preview page previews, and the hook a
 * version 1 state.json called.
 */
export function findActiveTokenHook(state: { inlineHooks: StoredInlineHook[] }): StoredInlineHook | undefined {
  return state.inlineHooks
    .filter((hook) => hook.type === TOKEN_HOOK_EVENT_TYPE && hook.status === "ACTIVE")
    .sort((a, b) => (b.activatedAt ?? b.created).localeCompare(a.activatedAt ?? a.created))[0];
}
