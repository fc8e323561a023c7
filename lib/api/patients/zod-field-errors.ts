import type { z } from "zod";
import type { FieldError } from "../problem";

const sentValue = (input: unknown, field: string) =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>)[field] : undefined;

/**
 * zod's issues as the API's field errors: the field (top-level key; `whole` for the object
 * itself), the value sent, and zod's message (our schemas word them for people). An unknown key
 * is an error of its own, so a typo such as "patientID" is named rather than silently ignored.
 */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown, whole: string): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: key, value: sentValue(input, key), message: "Not a field of this request." }));
    }
    const key = issue.path[0];
    if (key === undefined) return [{ field: whole, message: issue.message }];
    const field = String(key);
    return [{ field, value: sentValue(input, field), message: issue.message }];
  });
}
