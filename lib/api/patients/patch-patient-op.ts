import { findPatientRecord } from "@/lib/data/patients/read-patient-records";
import { writePatientChanges } from "@/lib/data/patients/write-patient-changes";
import { createPatientBatchChecker } from "@/lib/data/validations/patient-batch";
import { patientPatchSchema } from "@/lib/data/validations/patient-api";
import type { ApiClient } from "../authenticate-api-client";
import { readPreconditions } from "../preconditions";
import { problem, problemResponse } from "../problem";
import { readJsonBody } from "../read-json-body";
import { readLoginParam } from "./login-param";
import { patientResponse } from "./patient-response";
import { apiActor, refusedWrite } from "./write-outcome";
import { zodFieldErrors } from "./zod-field-errors";

// Without If-Match, a write that lost a race with another is merged again onto the new state.
const ATTEMPTS = 3;

const notFound = () => problemResponse(problem("not-found", "No patient has this login."));

/**
 * PATCH /api/v1/patients/{login} — JSON merge patch (RFC 7396) of patientId and displayName. The
 * merge is written on condition that the patient is still as read (its ETag), so a concurrent
 * change is never overwritten with stale fields: with If-Match the client's ETag is the condition
 * (412 if it is stale), without it the merge is redone on the newer state.
 */
export async function patchPatient(request: Request, loginParam: string, client: ApiClient): Promise<Response> {
  const preconditions = readPreconditions(request.headers);
  if (!preconditions.ok) return problemResponse(preconditions.problem);
  const body = await readJsonBody(request);
  if (!body.ok) return problemResponse(body.problem);
  const parsed = patientPatchSchema.safeParse(body.body);
  if (!parsed.success) {
    return problemResponse(problem("invalid-request", "The patch is not valid; nothing was written.", zodFieldErrors(parsed.error.issues, body.body, "body")));
  }
  const username = readLoginParam(loginParam);
  if (!username) return notFound();
  for (let attempt = 1; ; attempt++) {
    const current = await findPatientRecord({ username });
    if (!current) return preconditions.condition ? problemResponse(problem("precondition-failed", "The patient no longer exists.")) : notFound();
    const checked = createPatientBatchChecker(() => "").checkPatient(0, {
      username,
      patientId: parsed.data.patientId ?? current.patientId,
      displayName: (parsed.data.displayName === undefined ? current.displayName : parsed.data.displayName) ?? "",
    });
    if (!checked.ok) return problemResponse(problem("invalid-request", "The patch is not valid; nothing was written.", checked.problems));
    const condition = typeof preconditions.condition === "string" ? preconditions.condition : current.etag;
    const result = await writePatientChanges([{ op: "upsert", patient: checked.value, ifMatch: condition }], apiActor(client), { returnRows: true });
    if (result.ok) {
      const record = result.rows[0];
      if (!record) throw new Error("The write returned no row for the patient.");
      return patientResponse(record);
    }
    const raced = result.stale.length > 0 && typeof preconditions.condition !== "string";
    if (!raced || attempt === ATTEMPTS) return refusedWrite(result, client, true);
  }
}
