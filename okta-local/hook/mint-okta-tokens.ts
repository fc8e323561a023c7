import { displayName } from "@/okta/simulation/okta-user";
import type { StoredInlineHook } from "../store/state-types";
import type { SystemLog } from "../system-log";
import { applyHookVerdict, type MintDecision } from "@/okta/simulation/apply-hook-verdict";
import { buildTokenHookRequest } from "@/okta/simulation/build-hook-request";
import type { MintContext } from "@/okta/simulation/mint-context";
import { draftOktaTokens } from "@/okta/simulation/draft-tokens";
import { runTokenHook } from "@/okta/caller/run-token-hook";

export type MintDeps = {
  /**
   * The token hook to call for this minting, if any: the one on `mint.policy.rule` (docs/okta-token-hook.md §1).
   * Read per request: the Management API can change it.
   */
  findHook(mint: MintContext): StoredInlineHook | undefined;
  systemLog: SystemLog;
  hookTimeoutMs?: number;
};

/**
 * One token minting as Okta does it: draft the tokens, call the token hook once with both of
 * them, log the call, and decide what to issue (docs/okta-token-hook.md §2–§4).
 */
export async function mintOktaTokens(mint: MintContext, deps: MintDeps): Promise<MintDecision> {
  const drafts = draftOktaTokens(mint);
  const hook = deps.findHook(mint);
  if (!hook) return { kind: "issue", tokens: drafts, patched: false };
  const request = buildTokenHookRequest(mint, drafts);
  const run = await runTokenHook(hook, request, { timeoutMs: deps.hookTimeoutMs });
  // Okta's System Log names the user, or for client credentials the app acting for itself.
  const actor = mint.user
    ? { type: "User" as const, id: mint.user.id, login: mint.user.login, displayName: displayName(mint.user) }
    : { type: "PublicClientApp" as const, id: mint.client.id, login: mint.client.id, displayName: mint.client.name };
  deps.systemLog.recordHookRun(run, actor);
  return applyHookVerdict(drafts, run.verdict);
}
