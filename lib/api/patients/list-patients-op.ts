import { recordAccess } from "@/lib/data/audit/record-access";
import { listPatientRecords } from "@/lib/data/patients/read-patient-records";
import type { ApiClient } from "../authenticate-api-client";
import { patientListQuerySchema } from "@/lib/data/validations/patient-api";
import type { PatientPage } from "../openapi/response-schemas";
import { problem, problemResponse } from "../problem";
import { decodeCursor, encodeCursor } from "./page-cursor";
import { jsonResponse, patientJson } from "./patient-response";
import { zodFieldErrors } from "./zod-field-errors";

/**
 * GET /api/v1/patients?updatedSince=&cursor=&limit= — patients in the order they last changed.
 * Incremental sync: list from the newest `updatedAt` of the previous sync (inclusive, so a change
 * in that same millisecond is not missed), following `nextCursor` until it is null.
 */
export async function listPatients(url: URL, client: ApiClient): Promise<Response> {
  const parsed = patientListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return problemResponse(problem("invalid-request", "A query parameter is not valid.", zodFieldErrors(parsed.error.issues, Object.fromEntries(url.searchParams), "query")));
  }
  const { updatedSince, cursor, limit } = parsed.data;
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after === null) {
    return problemResponse(problem("invalid-request", "The cursor is not one this API gave out.", [{ field: "cursor", value: cursor, message: "Pass nextCursor from the previous page, unchanged." }]));
  }
  const { records, more } = await listPatientRecords({ updatedSince, after, limit });
  // Each page read is accounted for, as an export of its rows, before it is sent.
  const subject = `API list${updatedSince ? ` updated since ${updatedSince}` : ""}${cursor ? " (next page)" : ""}`;
  await recordAccess({ actor: client.clientId, actorType: "api_client", action: "export_patients", subject, rowCount: records.length });
  const last = records.at(-1);
  return jsonResponse({ items: records.map(patientJson), nextCursor: more && last ? encodeCursor(last) : null } satisfies PatientPage);
}
