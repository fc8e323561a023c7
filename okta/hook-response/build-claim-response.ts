import { escapeJsonPointerToken } from "./json-pointer";
import type { TokenKind } from "../hook-request/request-schema";
import { COMMAND_TYPE_BY_TOKEN, type JsonValue, type TokenHookCommand, type TokenHookResponse } from "./response-types";

export type BuildClaimResponseInput = {
  claimName: string;
  value: JsonValue;
  /** Which tokens should carry the claim. */
  tokens: readonly TokenKind[];
  /** Okta's request: only which tokens it is minting is read (any shape of the request will do). */
  request: { data: { identity?: unknown; access?: unknown } };
};

/**
 * One `add` of the claim per wanted token that Okta is minting in this request, or null when
 * none applies. `add` rather than `replace`: it also overwrites an existing claim (docs/okta-token-hook.md §3.2).
 * The claim name is not vetted here; checkTokenHookResponse rejects reserved names.
 */
export function buildClaimResponse({ claimName, value, tokens, request }: BuildClaimResponseInput): TokenHookResponse | null {
  // docs/okta-token-hook.md §3.2: names with "/" or "~" (URI claims) must be JSON-Pointer escaped (OKTA-602794).
  const path = `/claims/${escapeJsonPointerToken(claimName)}`;
  const commands: TokenHookCommand[] = [];
  // docs/okta-token-hook.md §3.2: Okta drops the whole patch if a command names a token it is not minting.
  if (tokens.includes("id") && request.data.identity) {
    commands.push({ type: COMMAND_TYPE_BY_TOKEN.id, value: [{ op: "add", path, value }] });
  }
  if (tokens.includes("access") && request.data.access) {
    commands.push({ type: COMMAND_TYPE_BY_TOKEN.access, value: [{ op: "add", path, value }] });
  }
  return commands.length > 0 ? { commands } : null;
}
