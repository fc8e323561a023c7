import { TOKEN_HOOK_EVENT_TYPE } from "../hook-request/request-schema";

/**
 * An inline hook as Okta's Management API describes it (docs/okta-token-hook.md §4.3), with the
 * write-only secret: Okta stores `authScheme.value` but never returns it (§4.5).
 */
export type InlineHook = {
  id: string;
  status: "ACTIVE" | "INACTIVE";
  name: string;
  type: string;
  version: string;
  channel: {
    type: "HTTP";
    version: string;
    config: {
      uri: string;
      method: "POST";
      headers: { key: string; value: string }[];
      authScheme: { type: string; key: string; value: string } | null;
    };
  };
  created: string;
  lastUpdated: string;
};

/**
 * An ACTIVE token inline hook of Okta's HTTP channel (§4.3), created at `now`: POST to `uri`,
 * with `auth` (when given) sent as the `HEADER` auth scheme.
 */
export function buildHttpTokenHook(hook: {
  id: string;
  name: string;
  uri: string;
  auth: { header: string; value: string } | null;
  now: string;
}): InlineHook {
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
