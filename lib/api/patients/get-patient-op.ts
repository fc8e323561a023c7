import { recordAccess } from "@/lib/data/audit/record-access";
import { findPatientRecord } from "@/lib/data/patients/read-patient-records";
import type { ApiClient } from "../authenticate-api-client";
import { problem, problemResponse } from "../problem";
import { readLoginParam } from "./login-param";
import { patientResponse } from "./patient-response";

const notFound = () => problemResponse(problem("not-found", "No patient has this login."));

type Found = NonNullable<Awaited<ReturnType<typeof findPatientRecord>>>;

/** The read is accounted for (an access entry with the client as actor) before the patient is sent. */
async function sendRecorded(record: Found, client: ApiClient): Promise<Response> {
  await recordAccess({ actor: client.clientId, actorType: "api_client", action: "view_patient", subject: record.username });
  return patientResponse(record);
}

/** GET /api/v1/patients/{login} */
export async function getPatientByLogin(loginParam: string, client: ApiClient): Promise<Response> {
  const username = readLoginParam(loginParam);
  const record = username ? await findPatientRecord({ username }) : null;
  return record ? sendRecorded(record, client) : notFound();
}

/** GET /api/v1/patients/by-patient-id/{patientId} */
export async function getPatientByPatientId(patientId: string, client: ApiClient): Promise<Response> {
  const record = patientId.length <= 64 ? await findPatientRecord({ patientId: patientId.trim() }) : null;
  return record ? sendRecorded(record, client) : problemResponse(problem("not-found", "No patient has this patient ID."));
}
