import { TOKEN_HOOK_EVENT_TYPE } from "@/lib/okta-hook/request-schema";
import type { StoredInlineHook } from "./state-store";

/**
 * An ACTIVE token inline hook of Okta's HTTP channel (contract §4.3), created at `now`: POST to
 * `uri`, with `auth` (when given) sent as the `HEADER` auth scheme.
 */
export function buildHttpTokenHook(hook: {
  id: string;
  name: string;
  uri: string;
  auth: { header: string; value: string } | null;
  now: string;
}): StoredInlineHook {
  return {
    id: hook.id,
    status: "ACTIVE",
    name: hook.name,
    type: TOKEN_HOOK_EVENT_TYPE,
    version: "1.0.0",
    channel: {
      type: "HTTP",
      version: "1.0.0",
      config: {
        uri: hook.uri,
        method: "POST",
        headers: [],
        authScheme: hook.auth ? { type: "HEADER", key: hook.auth.header, value: hook.auth.value } : null,
      },
    },
    created: hook.now,
    lastUpdated: hook.now,
  };
}
