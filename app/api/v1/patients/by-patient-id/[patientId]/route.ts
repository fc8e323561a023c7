import { apiRoute } from "@/lib/api/api-route";
import { API_SCOPES } from "@/lib/api/authenticate-api-client";
import { getPatientByPatientId } from "@/lib/api/patients/get-patient-op";

type Params = { patientId: string };

// GET /api/v1/patients/by-patient-id/{patientId} — one patient by the external patient ID.
export const GET = apiRoute<Params>({ id: "getPatientByPatientId", scope: API_SCOPES.read }, ({ params, client }) => getPatientByPatientId(params.patientId, client));
