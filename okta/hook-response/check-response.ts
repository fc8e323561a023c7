import { applyPatchOperation, startTokenPatch, type TokenPatchState } from "./apply-patch-operation";
import type { TokenKind } from "../hook-request/request-schema";
import { COMMAND_TYPE_BY_TOKEN } from "./response-types";

export type HookToken = {
  claims: Record<string, unknown>;
  token?: { lifetime?: { expiration?: number } };
};

/** The tokens Okta asked the hook about: the `data` of a token hook request fits here. */
export type HookTokens = { identity?: HookToken; access?: HookToken };

/**
 * Claims after the patch. Claims the patch did not touch are the caller's own values (not
 * copied): treat them as read-only. `lifetimeSeconds` is set only when the patch replaced it.
 */
export type PatchedToken = { claims: Record<string, unknown>; lifetimeSeconds: number | undefined };

/** What Okta does with a hook response (docs/okta-token-hook.md §4.1). */
export type HookVerdict =
  | { outcome: "patched"; identity?: PatchedToken; access?: PatchedToken; debugContext?: unknown }
  | { outcome: "unchanged"; reason: string }
  | { outcome: "skipped"; reason: string }
  | { outcome: "rejected"; reasons: string[] }
  | { outcome: "error"; errorSummary: string };

// docs/okta-token-hook.md §3.1: "must be less than 256 KB". KB read as 1024 bytes.
export const MAX_RESPONSE_BYTES = 256 * 1024;
// docs/okta-token-hook.md §3.4: what Okta tells the OAuth client when errorSummary is missing.
export const DEFAULT_ERROR_SUMMARY = "The callback service returned an error";

// A Map, not an object: a type such as "constructor" must not find an inherited member.
const TOKEN_BY_COMMAND_TYPE = new Map<unknown, TokenKind>([
  [COMMAND_TYPE_BY_TOKEN.id, "id"],
  [COMMAND_TYPE_BY_TOKEN.access, "access"],
]);
const TOKEN_KEY = { id: "identity", access: "access" } as const satisfies Record<TokenKind, keyof HookTokens>;
const TOKEN_LABEL: Record<TokenKind, string> = { id: "ID token", access: "access token" };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Stops counting at `limit`: the hook's answers are tiny, so this rarely loops at all. */
function isUtf8LengthAtLeast(text: string, limit: number): boolean {
  // A UTF-16 code unit encodes to 1–3 bytes (a surrogate pair to 4 for two units).
  if (text.length >= limit) return true;
  if (text.length * 3 < limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes >= limit;
}

function parseBody(body: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return undefined;
  }
}

function describeOperation(operation: unknown): string {
  if (!isRecord(operation) || typeof operation.op !== "string" || typeof operation.path !== "string") return "";
  return ` (${operation.op} ${operation.path})`;
}

/**
 * Okta's response rules (docs/okta-token-hook.md §3, §4.1) applied to copies of `tokens`, all-or-nothing.
 * `parsed` is `body` already parsed, when the caller built the body itself (the hook's self-check
 * before sending): the rules are the same, without parsing our own JSON a second time.
 */
export function checkTokenHookResponse(
  response: { status: number; body: string },
  tokens: HookTokens,
  parsed?: { value: unknown },
): HookVerdict {
  // docs/okta-token-hook.md §3.1/§4.1: only 200 is applied; 204 is the documented "no change"; anything else is skipped.
  if (response.status === 204) return { outcome: "unchanged", reason: "HTTP 204 No Content" };
  if (response.status !== 200) {
    return { outcome: "skipped", reason: `HTTP status ${response.status} (Okta applies only 200)` };
  }
  if (isUtf8LengthAtLeast(response.body, MAX_RESPONSE_BYTES)) {
    return { outcome: "skipped", reason: `the body is not less than ${MAX_RESPONSE_BYTES / 1024} KB` };
  }
  if (!/\S/.test(response.body)) return { outcome: "unchanged", reason: "the body is empty" };
  // docs/okta-token-hook.md §3.1: malformed JSON is "Could not deserialize inline hook response".
  const json = parsed ?? parseBody(response.body);
  if (!json) return { outcome: "skipped", reason: "the body is not valid JSON" };
  const document = json.value;
  if (!isRecord(document)) return { outcome: "skipped", reason: "the body is not a JSON object" };

  // docs/okta-token-hook.md §3.4: error wins over commands: no token is issued.
  const { error, commands } = document;
  if (isRecord(error)) {
    const summary = error.errorSummary;
    return { outcome: "error", errorSummary: typeof summary === "string" && summary !== "" ? summary : DEFAULT_ERROR_SUMMARY };
  }
  // Okta does not document it: a non-object error cannot be Okta's error shape, so nothing is refused;
  // an explicit null reads as "no error", as a Jackson-deserialised response would.
  if (error !== undefined && error !== null) return { outcome: "rejected", reasons: ["error must be an object"] };

  // docs/okta-token-hook.md §4.1: {} and {"commands":[]} mint the tokens unchanged.
  if (commands === undefined || commands === null) return { outcome: "unchanged", reason: "the body has no commands" };
  if (!Array.isArray(commands)) return { outcome: "rejected", reasons: ["commands must be an array"] };
  if (commands.length === 0) return { outcome: "unchanged", reason: "commands is empty" };

  const reasons: string[] = [];
  const states: Partial<Record<TokenKind, TokenPatchState>> = {};
  let operationCount = 0;
  for (const [c, command] of (commands as unknown[]).entries()) {
    const at = `commands[${c}]`;
    if (!isRecord(command)) {
      reasons.push(`${at} must be an object with type and value`);
      continue;
    }
    // docs/okta-token-hook.md §3.2: exactly these two types.
    const kind = TOKEN_BY_COMMAND_TYPE.get(command.type);
    if (!kind) {
      reasons.push(`${at}.type ${JSON.stringify(command.type)} is not ${COMMAND_TYPE_BY_TOKEN.id} or ${COMMAND_TYPE_BY_TOKEN.access}`);
      continue;
    }
    // docs/okta-token-hook.md §3.2: a command for a token Okta is not minting is invalid and drops the whole patch.
    const token = tokens[TOKEN_KEY[kind]];
    if (!token) {
      reasons.push(`${at}: ${command.type} patches the ${TOKEN_LABEL[kind]}, which was not requested`);
      continue;
    }
    if (!Array.isArray(command.value)) {
      reasons.push(`${at}.value must be an array of operations`);
      continue;
    }
    const state = (states[kind] ??= startTokenPatch(kind, token.claims));
    for (const [o, operation] of (command.value as unknown[]).entries()) {
      operationCount++;
      const problem = applyPatchOperation(state, operation);
      if (problem) reasons.push(`${at}.value[${o}]${describeOperation(operation)}: ${problem}`);
    }
  }

  // docs/okta-token-hook.md §4.1: any invalid command ⇒ the tokens are minted without any modification.
  if (reasons.length > 0) return { outcome: "rejected", reasons };
  // Commands whose operation lists are all empty change nothing, like {"commands":[]}.
  if (operationCount === 0) return { outcome: "unchanged", reason: "the commands contain no operations" };
  const verdict: HookVerdict = { outcome: "patched" };
  if (states.id) verdict.identity = { claims: states.id.claims, lifetimeSeconds: states.id.lifetimeSeconds };
  if (states.access) verdict.access = { claims: states.access.claims, lifetimeSeconds: states.access.lifetimeSeconds };
  if (document.debugContext !== undefined) verdict.debugContext = document.debugContext;
  return verdict;
}

/** One sentence for people: what Okta would do with the tokens, and why. */
export function describeVerdict(verdict: HookVerdict): string {
  switch (verdict.outcome) {
    case "patched": {
      const patched = [verdict.identity && "ID token", verdict.access && "access token"].filter(Boolean);
      return `Okta would apply the patch to the ${patched.join(" and the ")}.`;
    }
    case "unchanged":
      return `Okta would issue the tokens unchanged: ${verdict.reason}.`;
    case "skipped":
      return `Okta would skip the hook and issue the tokens unchanged: ${verdict.reason}.`;
    case "rejected":
      return `Okta would reject the whole patch and issue the tokens unchanged: ${verdict.reasons.join("; ")}.`;
    case "error":
      return `Okta would refuse to issue the tokens (server_error): "${verdict.errorSummary}".`;
  }
}
