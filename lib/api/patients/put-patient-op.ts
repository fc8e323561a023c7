import { writePatientChanges } from "@/lib/data/patients/write-patient-changes";
import { createPatientBatchChecker } from "@/lib/data/validations/patient-batch";
import { patientPutSchema } from "@/lib/data/validations/patient-api";
import type { ApiClient } from "../authenticate-api-client";
import { readPreconditions } from "../preconditions";
import { problem, problemResponse, type FieldError } from "../problem";
import { readJsonBody } from "../read-json-body";
import { patientResponse } from "./patient-response";
import { apiActor, refusedWrite } from "./write-outcome";
import { zodFieldErrors } from "./zod-field-errors";

const invalid = (errors: FieldError[]) => problemResponse(problem("invalid-request", "The patient is not valid; nothing was written.", errors));

/**
 * PUT /api/v1/patients/{login} — create the patient or replace it whole: idempotent, so a sync
 * can send it again after a timeout. 201 when created, 200 otherwise; If-Match makes it
 * conditional on the state read, If-None-Match: * makes it create-only.
 */
export async function putPatient(request: Request, loginParam: string, client: ApiClient): Promise<Response> {
  const preconditions = readPreconditions(request.headers);
  if (!preconditions.ok) return problemResponse(preconditions.problem);
  const body = await readJsonBody(request);
  if (!body.ok) return problemResponse(body.problem);
  const parsed = patientPutSchema.safeParse(body.body);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error.issues, body.body, "body"));
  const checked = createPatientBatchChecker(() => "").checkPatient(0, {
    username: loginParam,
    patientId: parsed.data.patientId,
    displayName: parsed.data.displayName ?? "",
  });
  if (!checked.ok) return invalid(checked.problems);
  const patient = checked.value;
  if (parsed.data.username !== undefined && parsed.data.username !== patient.username) {
    return invalid([{ field: "username", value: (body.body as { username?: unknown }).username, message: "Must be the login in the path." }]);
  }
  const result = await writePatientChanges([{ op: "upsert", patient, ifMatch: preconditions.condition }], apiActor(client), { returnRows: true });
  if (!result.ok) return refusedWrite(result, client, true);
  const record = result.rows[0];
  if (!record) throw new Error("The write returned no row for the patient.");
  return patientResponse(record, result.created > 0 ? 201 : 200);
}
