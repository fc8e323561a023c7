import { writePatientChanges } from "@/lib/data/patients/write-patient-changes";
import type { ApiClient } from "../authenticate-api-client";
import type { BulkResult } from "../openapi/response-schemas";
import { problem, problemResponse } from "../problem";
import { readJsonBody } from "../read-json-body";
import { checkBulkOperations } from "./check-bulk-operations";
import { jsonResponse } from "./patient-response";
import { apiActor, refusedWrite } from "./write-outcome";

/**
 * POST /api/v1/patients/bulk — up to 10,000 upserts and deletes, all or nothing: every operation
 * is checked first (422 listing each problem by index, field and value), then written in one
 * statement (409 if a patient ID belongs to a login the request does not delete). Upserts of
 * unchanged patients and deletes of absent logins change nothing and are counted as such.
 */
export async function bulkWrite(request: Request, client: ApiClient): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return problemResponse(body.problem);
  const checked = await checkBulkOperations(body.body);
  if (!checked.ok) {
    return problemResponse(problem("invalid-request", `${checked.errors.length} problem(s); nothing was written.`, checked.errors));
  }
  const result = await writePatientChanges(checked.changes, apiActor(client));
  if (!result.ok) return refusedWrite(result, client, false);
  const { created, updated, unchanged, deleted, absent } = result;
  return jsonResponse({ created, updated, unchanged, deleted, absent } satisfies BulkResult);
}
