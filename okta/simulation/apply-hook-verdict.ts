import type { HookVerdict, PatchedToken } from "../hook-response/check-response";
import type { TokenDraft, TokenDrafts } from "./draft-tokens";

/** What Okta does with the tokens after the hook call (docs/okta-token-hook.md §4.1). */
export type MintDecision =
  | { kind: "issue"; tokens: TokenDrafts; patched: boolean }
  | { kind: "refuse"; errorSummary: string };

const patch = (draft: TokenDraft, patched: PatchedToken | undefined): TokenDraft =>
  patched ? { claims: patched.claims, lifetimeSeconds: patched.lifetimeSeconds ?? draft.lifetimeSeconds } : draft;

/**
 * Applies the checker's verdict to the drafted tokens. Only a `patched` verdict changes them;
 * an `error` refuses the token request; every other outcome, and no verdict at all (no hook,
 * timeout, network failure), mints them unchanged (docs/okta-token-hook.md §4.1, §4.2).
 */
export function applyHookVerdict(drafts: TokenDrafts, verdict: HookVerdict | undefined): MintDecision {
  switch (verdict?.outcome) {
    case "patched":
      return {
        kind: "issue",
        tokens: {
          ...(drafts.identity ? { identity: patch(drafts.identity, verdict.identity) } : {}),
          access: patch(drafts.access, verdict.access),
        },
        patched: true,
      };
    case "error":
      return { kind: "refuse", errorSummary: verdict.errorSummary };
    default:
      return { kind: "issue", tokens: drafts, patched: false };
  }
}
