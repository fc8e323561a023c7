import { findPatientRecord } from "@/lib/data/patients/read-patient-records";
import { problem, problemResponse } from "../problem";
import { readLoginParam } from "./login-param";
import { patientResponse } from "./patient-response";

const notFound = () => problemResponse(problem("not-found", "No patient has this login."));

/** GET /api/v1/patients/{login} */
export async function getPatientByLogin(loginParam: string): Promise<Response> {
  const username = readLoginParam(loginParam);
  const record = username ? await findPatientRecord({ username }) : null;
  return record ? patientResponse(record) : notFound();
}

/** GET /api/v1/patients/by-patient-id/{patientId} */
export async function getPatientByPatientId(patientId: string): Promise<Response> {
  const record = patientId.length <= 64 ? await findPatientRecord({ patientId: patientId.trim() }) : null;
  return record ? patientResponse(record) : problemResponse(problem("not-found", "No patient has this patient ID."));
}
