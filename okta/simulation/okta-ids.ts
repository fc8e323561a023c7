import { createHash, randomBytes } from "node:crypto";

// Okta object ids are 20 characters: a 3-character type prefix and 17 base62 characters, e.g.
// 00u… user, 00o… org, 00p… policy, 0pr… rule, cal… inline hook, scp… scope, oar… refresh token
// (docs/okta-token-hook.md §2 samples). Tests and hooks key on them, so ours look the same.
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const OKTA_ID_BODY = 17;

function toBase62(bytes: Uint8Array, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += BASE62[(bytes[i] ?? 0) % BASE62.length];
  return text;
}

/** A new random Okta-style id such as `cal1a2B3c4D5e6F7g8H`. */
export function newOktaId(prefix: string): string {
  return prefix + toBase62(randomBytes(OKTA_ID_BODY), OKTA_ID_BODY);
}

/** The same Okta-style id for the same seed: stable ids without storing them (scopes, refresh tokens). */
export function stableOktaId(prefix: string, seed: string): string {
  return prefix + toBase62(createHash("sha256").update(seed).digest(), OKTA_ID_BODY);
}

/** `eventId`: 22 base64url characters, e.g. `3OWo4oo-QQ-rBWfRyTmQYw` (docs/okta-token-hook.md §2.1). */
export const newEventId = (): string => randomBytes(16).toString("base64url");

/** `context.request.id`: 27 characters, e.g. `Y9Q77Q53Qmvz_oW7tA4M7gAACuc` (docs/okta-token-hook.md §2.2). */
export const newRequestId = (): string => randomBytes(20).toString("base64url");

/** Token `jti`: `ID.` or `AT.` and 43 base64url characters, as in Okta's tokens (docs/okta-token-hook.md §2.3, §2.4). */
export const newTokenJti = (prefix: "ID." | "AT."): string => prefix + randomBytes(32).toString("base64url");

/** Okta session ids are 25 characters starting `102`, e.g. `102Qoe7t5PcRnSxr8j3I8I6pA` (docs/okta-token-hook.md §2.2). */
export const sessionIdFor = (seed: string): string =>
  "102" + toBase62(createHash("sha256").update(`session:${seed}`).digest(), 22);

/** The local org's id: the `idp` of every user, since all of them are Okta-sourced (docs/okta-token-hook.md §2.3). */
export const LOCAL_ORG_ID = "00o1ocal0kta0rg0d7x5";
