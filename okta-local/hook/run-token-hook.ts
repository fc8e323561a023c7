import { checkTokenHookResponse, type HookVerdict } from "@/lib/okta-hook/check-response";
import type { TokenHookRequest } from "@/lib/okta-hook/request-schema";
import type { StoredInlineHook } from "../store/state-store";
import { callInlineHook, type HookCallResult } from "./call-hook";

/** One hook call and Okta's reading of the answer; `verdict` is absent when no answer came. */
export type HookRun = {
  hook: StoredInlineHook;
  request: TokenHookRequest;
  call: HookCallResult;
  verdict?: HookVerdict;
};

/**
 * Sends `request` to `hook` and judges the answer with the same checker the hook service uses
 * (lib/okta-hook), against the tokens the request offered the hook.
 */
export async function runTokenHook(
  hook: StoredInlineHook,
  request: TokenHookRequest,
  options: { timeoutMs?: number } = {},
): Promise<HookRun> {
  const call = await callInlineHook(hook, request, options);
  const verdict = call.kind === "response" ? checkTokenHookResponse(call, request.data) : undefined;
  return { hook, request, call, ...(verdict ? { verdict } : {}) };
}
