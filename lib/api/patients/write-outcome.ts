import type { ApiClient } from "../authenticate-api-client";
import { API_SCOPES } from "../authenticate-api-client";
import type { ChangeActor, WriteResult } from "@/lib/data/patients/write-patient-changes";
import { problem, problemResponse, type FieldError } from "../problem";

/** Changes made through the API are audited with the client's OAuth client ID as the actor. */
export const apiActor = (client: ApiClient): ChangeActor => ({ id: client.clientId, type: "api_client" });

/**
 * A refused write as a problem: 412 when a precondition (If-Match, If-None-Match) failed, else
 * 409 with each patient ID that belongs to another login. The other login is named only to a
 * client that may read patients.
 */
export function refusedWrite(result: Extract<WriteResult, { ok: false }>, client: ApiClient, single: boolean): Response {
  if (result.stale.length > 0) {
    const detail = single
      ? "The patient changed (or was created or deleted) since you read it: read it again, then retry with its new ETag."
      : "A precondition failed; nothing was written.";
    return problemResponse(problem("precondition-failed", detail));
  }
  const mayRead = client.scopes.includes(API_SCOPES.read);
  const errors: FieldError[] = result.clashes.map(({ index, field, value, owner }) => ({
    ...(single ? {} : { index }),
    field,
    value,
    message: mayRead ? `Already belongs to ${owner}.` : "Already belongs to another patient.",
  }));
  return problemResponse(
    problem("conflict", "A patient ID belongs to another login; nothing was written. Delete or change that patient first (it may be in the same bulk request, as a delete).", errors),
  );
}
