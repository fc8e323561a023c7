import type { RowCondition } from "@/lib/data/patients/write-patient-changes";
import { problem, type Problem } from "./problem";

/** An entity tag as sent in ETag: quoted, strong (RFC 9110 §8.8.3). */
export const etagHeader = (etag: string) => `"${etag}"`;

/**
 * The write's condition from If-Match / If-None-Match (RFC 9110 §13.1): If-Match with one ETag (as
 * this API sent it) or `*` (the patient must exist); If-None-Match: `*` (it must not: create only).
 * A weak tag never matches (If-Match compares strongly); a list of several is refused, since one
 * write can be conditioned on one state.
 */
export function readPreconditions(headers: Headers): { ok: true; condition: RowCondition } | { ok: false; problem: Problem } {
  const ifMatch = headers.get("if-match")?.trim();
  const ifNoneMatch = headers.get("if-none-match")?.trim();
  if (ifMatch && ifNoneMatch) return { ok: false, problem: problem("bad-request", "Send If-Match or If-None-Match, not both.") };
  if (ifNoneMatch) {
    if (ifNoneMatch !== "*") return { ok: false, problem: problem("bad-request", 'If-None-Match takes only "*" here (create, never replace).') };
    return { ok: true, condition: { exists: false } };
  }
  if (!ifMatch) return { ok: true, condition: null };
  if (ifMatch === "*") return { ok: true, condition: { exists: true } };
  const tags = ifMatch.split(",").map((tag) => tag.trim());
  if (tags.length > 1) return { ok: false, problem: problem("bad-request", "If-Match takes one ETag.") };
  const strong = /^"([^"]*)"$/.exec(ifMatch);
  // A weak or malformed tag cannot match any state: the precondition fails, as RFC 9110 says.
  return { ok: true, condition: strong?.[1] ?? "no-such-etag" };
}
