import { writePatientChanges } from "@/lib/data/patients/write-patient-changes";
import type { ApiClient } from "../authenticate-api-client";
import { readPreconditions } from "../preconditions";
import { problem, problemResponse } from "../problem";
import { readLoginParam } from "./login-param";
import { apiActor, refusedWrite } from "./write-outcome";

/** DELETE /api/v1/patients/{login} — 204, or 404 if no patient has the login; If-Match makes it conditional. */
export async function deletePatient(request: Request, loginParam: string, client: ApiClient): Promise<Response> {
  const preconditions = readPreconditions(request.headers);
  if (!preconditions.ok) return problemResponse(preconditions.problem);
  const username = readLoginParam(loginParam);
  if (!username) return problemResponse(problem("not-found", "No patient has this login."));
  const result = await writePatientChanges([{ op: "delete", username, ifMatch: preconditions.condition }], apiActor(client));
  if (!result.ok) return refusedWrite(result, client, true);
  if (result.deleted === 0) return problemResponse(problem("not-found", "No patient has this login."));
  return new Response(null, { status: 204 });
}
