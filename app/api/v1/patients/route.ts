import { apiRoute } from "@/lib/api/api-route";
import { API_SCOPES } from "@/lib/api/authenticate-api-client";
import { listPatients } from "@/lib/api/patients/list-patients-op";

// GET /api/v1/patients — the patient directory, paged, optionally changed since a time.
export const GET = apiRoute({ id: "listPatients", scope: API_SCOPES.read }, ({ request, client }) => listPatients(new URL(request.url), client));
