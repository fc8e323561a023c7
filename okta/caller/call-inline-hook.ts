import type { InlineHook } from "./inline-hook";

export type HookCallResult =
  | { kind: "response"; status: number; body: string; durationMs: number }
  | { kind: "timeout"; durationMs: number }
  | { kind: "failed"; reason: string; durationMs: number };

// docs/okta-token-hook.md §4.2: Okta waits at most 3 seconds for the whole call, body included.
export const OKTA_HOOK_TIMEOUT_MS = 3000;

/**
 * One POST exactly as Okta makes it (docs/okta-token-hook.md §2, §4.2): JSON with `Accept`/`Content-Type`,
 * the hook's custom headers and auth header, no retry (token hooks are never retried), and
 * redirects returned rather than followed, so a 3xx counts as a non-200 answer.
 */
export async function callInlineHook(
  hook: Pick<InlineHook, "channel">,
  body: unknown,
  { timeoutMs = OKTA_HOOK_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<HookCallResult> {
  const { config } = hook.channel;
  const headers = new Headers();
  for (const { key, value } of config.headers) headers.set(key, value);
  // docs/okta-token-hook.md §4.3: reserved headers such as Accept cannot be overridden by custom headers.
  headers.set("Accept", "application/json");
  headers.set("Content-Type", "application/json");
  if (config.authScheme) headers.set(config.authScheme.key, config.authScheme.value);

  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(config.uri, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      redirect: "manual",
      signal,
    });
    const text = await response.text();
    return { kind: "response", status: response.status, body: text, durationMs: elapsed() };
  } catch (error) {
    if (signal.aborted) return { kind: "timeout", durationMs: elapsed() };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    const reason = error instanceof Error ? (cause ?? error.message) : String(error);
    return { kind: "failed", reason, durationMs: elapsed() };
  }
}
