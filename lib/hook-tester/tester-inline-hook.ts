import { buildHttpTokenHook } from "@/okta-local/store/http-token-hook";
import type { StoredInlineHook } from "@/okta-local/store/state-store";

/**
 * The inline hook as Okta would have it registered (contract §4.3): this app's hook URL and the
 * configured auth header. The tester hands it to the local Okta's callInlineHook, so it calls the
 * hook exactly as the local Okta does (headers, 3 s deadline, no redirects, no retry).
 */
export function testerInlineHook(uri: string, auth: { header: string; value: string } | null): StoredInlineHook {
  return buildHttpTokenHook({ id: "admin-hook-tester", name: "Patient Claims hook tester", uri, auth, now: new Date().toISOString() });
}
