import type { z } from "zod";
import type { fieldErrorSchema, problemSchema } from "./openapi/response-schemas";

/**
 * Every error of the directory API is an RFC 9457 problem details object
 * (https://www.rfc-editor.org/rfc/rfc9457), served as application/problem+json. `type` names the
 * problem's section on the API reference page; `errors` lists every invalid field of a request.
 */
export type FieldError = z.output<typeof fieldErrorSchema>;
export type Problem = z.output<typeof problemSchema>;

export const PROBLEM_TYPES = {
  "bad-request": { status: 400, title: "Bad request" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Missing scope" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict with another patient" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "too-large": { status: 413, title: "Request too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "invalid-request": { status: 422, title: "Invalid request" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "server-error": { status: 500, title: "Server error" },
  unavailable: { status: 503, title: "Database unavailable" },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Where each problem type is explained (the reference page in the app). */
export const problemTypeUri = (type: ProblemType) => `/api-reference#problem-${type}`;

export function problem(type: ProblemType, detail?: string, errors?: FieldError[]): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: problemTypeUri(type), title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}
