import { apiRoute } from "@/lib/api/api-route";
import { API_SCOPES } from "@/lib/api/authenticate-api-client";
import { deletePatient } from "@/lib/api/patients/delete-patient-op";
import { getPatientByLogin } from "@/lib/api/patients/get-patient-op";
import { patchPatient } from "@/lib/api/patients/patch-patient-op";
import { putPatient } from "@/lib/api/patients/put-patient-op";

type Params = { login: string };

// One patient by Okta login: read, create or replace, merge-patch, delete.
export const GET = apiRoute<Params>({ id: "getPatient", scope: API_SCOPES.read }, ({ params, client }) => getPatientByLogin(params.login, client));
export const PUT = apiRoute<Params>({ id: "putPatient", scope: API_SCOPES.write }, ({ request, params, client }) => putPatient(request, params.login, client));
export const PATCH = apiRoute<Params>({ id: "patchPatient", scope: API_SCOPES.write }, ({ request, params, client }) => patchPatient(request, params.login, client));
export const DELETE = apiRoute<Params>({ id: "deletePatient", scope: API_SCOPES.write }, ({ request, params, client }) => deletePatient(request, params.login, client));
