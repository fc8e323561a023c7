import { TOKEN_HOOK_EVENT_TYPE } from "@/lib/okta-hook/request-schema";
import type { StoredInlineHook } from "@/okta-local/store/state-store";

/**
 * The inline hook as Okta would have it registered (contract §4.3): this app's hook URL and the
 * configured auth header. The tester hands it to the local Okta's callInlineHook, so it calls the
 * hook exactly as the local Okta does (headers, 3 s deadline, no redirects, no retry).
 */
export function testerInlineHook(uri: string, auth: { header: string; value: string } | null): StoredInlineHook {
  const now = new Date().toISOString();
  return {
    id: "admin-hook-tester",
    status: "ACTIVE",
    name: "Patient Claims hook tester",
    type: TOKEN_HOOK_EVENT_TYPE,
    version: "1.0.0",
    channel: {
      type: "HTTP",
      version: "1.0.0",
      config: {
        uri,
        method: "POST",
        headers: [],
        authScheme: auth ? { type: "HEADER", key: auth.header, value: auth.value } : null,
      },
    },
    created: now,
    lastUpdated: now,
  };
}
