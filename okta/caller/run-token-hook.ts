import { checkTokenHookResponse, type HookVerdict } from "../hook-response/check-response";
import type { TokenHookRequest } from "../hook-request/request-schema";
import type { InlineHook } from "./inline-hook";
import { callInlineHook, type HookCallResult } from "./call-inline-hook";

/** One hook call and Okta's reading of the answer; `verdict` is absent when no answer came. */
export type HookRun = {
  hook: InlineHook;
  request: TokenHookRequest;
  call: HookCallResult;
  verdict?: HookVerdict;
};

/**
 * Sends `request` to `hook` and judges the answer with the same checker the hook service uses
 * (okta/hook-response), against the tokens the request offered the hook.
 */
export async function runTokenHook(
  hook: InlineHook,
  request: TokenHookRequest,
  options: { timeoutMs?: number } = {},
): Promise<HookRun> {
  const call = await callInlineHook(hook, request, options);
  const verdict = call.kind === "response" ? checkTokenHookResponse(call, request.data) : undefined;
  return { hook, request, call, ...(verdict ? { verdict } : {}) };
}
