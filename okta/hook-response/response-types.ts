import type { TokenKind } from "../hook-request/request-schema";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// docs/okta-token-hook.md §3.2: the only two command types; there is none for refresh tokens (§2.5).
export const COMMAND_TYPE_BY_TOKEN = {
  id: "com.okta.identity.patch",
  access: "com.okta.access.patch",
} as const satisfies Record<TokenKind, string>;

export type TokenHookCommandType = (typeof COMMAND_TYPE_BY_TOKEN)[TokenKind];

/**
 * docs/okta-token-hook.md §3.2: an RFC 6902 subset. `path` is `/claims/<escaped name>[/member|index|-]…` or
 * `/token/lifetime/expiration` (replace only, 300–86400 s).
 */
export type PatchOperation =
  | { op: "add" | "replace"; path: string; value: JsonValue }
  // docs/okta-token-hook.md §3.2: a remove value must be absent or null.
  | { op: "remove"; path: string; value?: null };

export type TokenHookCommand = {
  type: TokenHookCommandType;
  value: PatchOperation[];
};

/** What the hook returns with HTTP 200 (docs/okta-token-hook.md §3.2); HTTP 204 with no body means "no change". */
export type TokenHookResponse = {
  commands?: TokenHookCommand[];
  // docs/okta-token-hook.md §3.4: an error makes Okta refuse the token; errorSummary reaches the OAuth client.
  error?: { errorSummary?: string };
  // docs/okta-token-hook.md §3.5: free-form, copied into Okta's System Log.
  debugContext?: Record<string, JsonValue>;
};
