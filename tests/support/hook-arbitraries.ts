/**
 * fast-check generators for hostile Okta token hook requests. They start from Okta's own sample
 * (okta/fixtures) and break it where the hook's code looks, so most cases get past JSON.parse and
 * reach the schema and the answering logic instead of dying at the first character.
 */
import fc from "fast-check";
import { OKTA_SAMPLE_REQUEST_FIXTURE, readOktaFixture } from "@/okta/okta-fixtures";

const sampleText = readOktaFixture(OKTA_SAMPLE_REQUEST_FIXTURE);

type Json = Record<string, unknown>;

/** A fresh copy of Okta's sample request (callers mutate it). */
export const oktaSample = (): Json => JSON.parse(sampleText) as Json;

/** Every field read by readHookRequest, resolveLogin or buildClaimResponse / the self-check. */
export const FIELDS_READ = [
  ["eventId"],
  ["eventType"],
  ["data"],
  ["data", "context"],
  ["data", "context", "user"],
  ["data", "context", "user", "profile"],
  ["data", "context", "user", "profile", "login"],
  ["data", "context", "protocol"],
  ["data", "context", "protocol", "request"],
  ["data", "context", "protocol", "request", "grant_type"],
  ["data", "context", "protocol", "request", "scope"],
  ["data", "context", "protocol", "request", "client_id"],
  ["data", "identity"],
  ["data", "identity", "claims"],
  ["data", "identity", "claims", "preferred_username"],
  ["data", "identity", "token"],
  ["data", "identity", "token", "lifetime"],
  ["data", "identity", "token", "lifetime", "expiration"],
  ["data", "access"],
  ["data", "access", "claims"],
  ["data", "access", "claims", "sub"],
  ["data", "access", "scopes"],
  ["data", "refresh_token"],
  ["data", "refresh_token", "jti"],
] as const;

/** Nested arrays/objects far deeper than any recursion-happy parser would like. */
export const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean())
  .map(([depth, asObject]) => (asObject ? '{"a":'.repeat(depth) + "1" + "}".repeat(depth) : "[".repeat(depth) + "]".repeat(depth)));

/** Up to past the 64 KB request limit; repeat() keeps generation cheap. */
export const hugeString = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 40_000 }))
  .map(([unit, times]) => unit.repeat(times));

/**
 * Deep nesting stays text until the body is written: JSON.stringify (and fast-check's reporting)
 * recurse, so a parsed 20,000-level value would overflow the test's stack, not the hook's.
 */
class DeepJson {
  constructor(readonly text: string) {}
  toString() {
    return `DeepJson(${this.text.length} chars)`;
  }
}
const DEEP_MARK = "\u0000deep\u0000";

/** A value of any JSON type (or none), to put where the code expects something else. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, "", [], {}, "__proto__", { __proto__: null }) },
  { weight: 1, arbitrary: deepNesting.map((text) => new DeepJson(text)) },
  { weight: 1, arbitrary: hugeString },
);

/** JSON text of a generated request, with any DeepJson spliced in as raw text. */
export function toBodyText(request: unknown): string {
  const deep: string[] = [];
  const text = JSON.stringify(request, (_key, value: unknown) => {
    if (!(value instanceof DeepJson)) return value;
    deep.push(value.text);
    return DEEP_MARK;
  });
  let index = 0;
  return text.replaceAll(JSON.stringify(DEEP_MARK), () => deep[index++] ?? "null");
}

/** Logins as Okta could send them, and as an attacker would: any Unicode, whitespace, case. */
export const anyLogin = fc.oneof(
  fc.emailAddress(),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }).map((local) => ` ${local.toUpperCase()}@Exämple.COM\t`),
  fc.constantFrom("İstanbul@example.com", "ǅ@example.com", "ß@example.com", "\u0000@x", " ", "\u2028"),
);

/** Claim names that need JSON-pointer escaping, Unicode, and a few reserved ones. */
export const anyClaimName = fc.oneof(
  fc.constantFrom("extPatientId", "http://example.com/claims/patient_id", "a~b", "~1", "~0/~1", "/", "~", "sub", "groups", "constructor", "__proto__"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  fc.array(fc.constantFrom("/", "~", "0", "1", "a", "é"), { minLength: 1, maxLength: 12 }).map((parts) => parts.join("")),
);

/**
 * A fresh copy of a generated value: fast-check hands out the same instance of a constant ({}, [])
 * to many cases, and a later mutation inside it would otherwise leak across cases or make a cycle.
 */
function copyOf(value: unknown): unknown {
  if (value instanceof DeepJson || typeof value !== "object" || value === null) return value;
  return JSON.parse(JSON.stringify(value));
}

function setAt(target: Json, keys: readonly string[], value: unknown, remove: boolean): void {
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Json)[key];
  }
  const last = keys[keys.length - 1];
  if (typeof node !== "object" || node === null || last === undefined) return;
  if (remove) delete (node as Json)[last];
  else Object.defineProperty(node, last, { value: copyOf(value), enumerable: true, writable: true, configurable: true });
}

/** Okta's sample with up to four fields the code reads replaced by a wrong value or removed. */
export const mutatedSample: fc.Arbitrary<Json> = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS_READ), wrongValue, fc.boolean()), { minLength: 1, maxLength: 4 })
  .map((mutations) => {
    const request = oktaSample();
    for (const [keys, value, remove] of mutations) setAt(request, keys, value, remove);
    return request;
  });

/** Any body text: valid-looking requests, arbitrary JSON, nesting, huge strings, non-JSON. */
export const anyBodyText = fc.oneof(
  { weight: 5, arbitrary: mutatedSample.map(toBodyText) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hugeString.map((text) => JSON.stringify({ eventType: "com.okta.oauth2.tokens.transform", eventId: text, data: {} })) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);
