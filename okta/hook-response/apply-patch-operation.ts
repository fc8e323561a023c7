import { escapeJsonPointerToken, parseJsonPointer } from "./json-pointer";
import type { TokenKind } from "../hook-request/request-schema";
import { isReservedClaim } from "./reserved-claims";

/**
 * One token being patched. `claims` is a shallow copy of the original; a claim's value is cloned
 * the first time an operation reaches inside it (copy-on-write), so the caller's tokens are never
 * mutated and untouched claims are not copied.
 */
export type TokenPatchState = {
  kind: TokenKind;
  claims: Record<string, unknown>;
  ownedClaims: Set<string>;
  lifetimeSeconds: number | undefined;
};

export function startTokenPatch(kind: TokenKind, claims: Record<string, unknown>): TokenPatchState {
  return { kind, claims: { ...claims }, ownedClaims: new Set(), lifetimeSeconds: undefined };
}

// docs/okta-token-hook.md §3.2: lifetime is changed only with replace at exactly this path, 300–86400 seconds.
export const LIFETIME_PATH = "/token/lifetime/expiration";
export const MIN_LIFETIME_SECONDS = 300;
export const MAX_LIFETIME_SECONDS = 86_400;

const TOKEN_NAMES: Record<TokenKind, string> = { id: "ID tokens", access: "access tokens" };
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
const MISSING = Symbol("missing");

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;
const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  isContainer(value) && !Array.isArray(value);

// defineProperty, not assignment: a claim named "__proto__" must become a claim, not a prototype.
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function getChild(container: Container, key: string): unknown {
  if (Array.isArray(container)) {
    return ARRAY_INDEX.test(key) && Number(key) < container.length ? container[Number(key)] : MISSING;
  }
  return Object.hasOwn(container, key) ? container[key] : MISSING;
}

function replaceLifetime(state: TokenPatchState, op: string, value: unknown): string | undefined {
  if (op !== "replace") return `only replace is allowed on ${LIFETIME_PATH}, not ${op}`;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return "the lifetime must be an integer number of seconds";
  }
  if (value < MIN_LIFETIME_SECONDS || value > MAX_LIFETIME_SECONDS) {
    return `the lifetime must be ${MIN_LIFETIME_SECONDS}–${MAX_LIFETIME_SECONDS} seconds, not ${value}`;
  }
  state.lifetimeSeconds = value;
  return undefined;
}

function applyToArray(target: unknown[], key: string, op: string, value: unknown): string | undefined {
  // docs/okta-token-hook.md §3.2: "-" appends, and only add can append.
  if (key === "-") {
    if (op !== "add") return `"-" (end of array) can only be used with add`;
    target.push(value);
    return undefined;
  }
  if (!ARRAY_INDEX.test(key)) return `"${key}" is not an array index`;
  const index = Number(key);
  // docs/okta-token-hook.md §3.2: an invalid index fails the whole patch; add may insert at length (RFC 6902).
  const limit = op === "add" ? target.length : target.length - 1;
  if (index > limit) return `index ${index} is out of range (the array has ${target.length} items)`;
  if (op === "add") target.splice(index, 0, value);
  else if (op === "replace") target[index] = value;
  else target.splice(index, 1);
  return undefined;
}

function applyToObject(target: Record<string, unknown>, key: string, op: string, value: unknown): string | undefined {
  // docs/okta-token-hook.md §3.2: add on an existing member overwrites it; replace/remove need it to exist.
  if (op !== "add" && !Object.hasOwn(target, key)) return `"${key}" does not exist, so it cannot be ${op}d`;
  if (op === "remove") delete target[key];
  else setMember(target, key, value);
  return undefined;
}

/** Applies one operation to `state`; returns why Okta would reject it, or undefined when it applies. */
export function applyPatchOperation(state: TokenPatchState, operation: unknown): string | undefined {
  if (!isPlainRecord(operation)) return "an operation must be an object with op and path";
  const { op, path, value } = operation;
  // docs/okta-token-hook.md §3.2: add, replace and remove only; move/copy/test are invalid operations.
  if (op !== "add" && op !== "replace" && op !== "remove") {
    return `op ${JSON.stringify(op)} is not allowed (only add, replace, remove)`;
  }
  if (typeof path !== "string") return "path must be a string";
  if (path === LIFETIME_PATH) return replaceLifetime(state, op, value);

  const pointer = parseJsonPointer(path);
  if (!pointer.ok) return pointer.error;
  const [root, claim, ...rest] = pointer.tokens;
  if (root !== "claims" || claim === undefined) {
    return `path must be /claims/<name> or ${LIFETIME_PATH}`;
  }
  // Okta documents no claim-name rules (docs/okta-token-hook.md §3.3); an empty JWT claim name is never intended.
  if (claim === "") return "the claim name is empty";
  // docs/okta-token-hook.md §3.2/§3.3: reserved claims are checked on the top-level name, whatever is nested below.
  if (isReservedClaim(claim, state.kind)) return `"${claim}" is a reserved claim in ${TOKEN_NAMES[state.kind]}`;
  // docs/okta-token-hook.md §3.2: remove value must be absent or null.
  if (op === "remove" && value !== undefined && value !== null) return "a remove operation's value must be absent or null";
  if (op !== "remove" && !Object.hasOwn(operation, "value")) return `${op === "add" ? "an" : "a"} ${op} operation needs a value`;

  const key = rest.length === 0 ? claim : (rest.at(-1) as string);
  let target: unknown = state.claims;
  if (rest.length > 0) {
    if (!state.ownedClaims.has(claim) && Object.hasOwn(state.claims, claim)) {
      setMember(state.claims, claim, structuredClone(state.claims[claim]));
    }
    state.ownedClaims.add(claim);
    // docs/okta-token-hook.md §3.2: adding into a non-existent object or array fails the whole patch.
    const route = [claim, ...rest.slice(0, -1)];
    for (let depth = 0; depth < route.length; depth++) {
      const child = getChild(target as Container, route[depth] as string);
      const where = `/claims/${route.slice(0, depth + 1).map(escapeJsonPointerToken).join("/")}`;
      if (child === MISSING) return `${where} does not exist`;
      if (!isContainer(child)) return `${where} is not an object or array`;
      target = child;
    }
  } else {
    // The operation's value came from the parsed response body, so it needs no copy.
    state.ownedClaims.add(claim);
  }
  return Array.isArray(target)
    ? applyToArray(target, key, op, value)
    : applyToObject(target as Record<string, unknown>, key, op, value);
}
