import { buildHttpTokenHook, type InlineHook } from "@/okta/caller/inline-hook";

/**
 * The inline hook as Okta would have it registered (docs/okta-token-hook.md §4.3): this app's
 * hook URL and the configured auth header. The tester hands it to the Okta module's
 * callInlineHook, so it calls the hook exactly as Okta does (headers, 3 s deadline, no
 * redirects, no retry).
 */
export function testerInlineHook(uri: string, auth: { header: string; value: string } | null): InlineHook {
  return buildHttpTokenHook({ id: "admin-hook-tester", name: "Patient Claims hook tester", uri, auth, now: new Date().toISOString() });
}
