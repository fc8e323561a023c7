import { apiRoute } from "@/lib/api/api-route";
import { API_SCOPES } from "@/lib/api/authenticate-api-client";
import { bulkWrite } from "@/lib/api/patients/bulk-op";

// POST /api/v1/patients/bulk — up to 10,000 upserts and deletes in one transaction.
export const POST = apiRoute({ id: "bulkWritePatients", scope: API_SCOPES.write }, ({ request, client }) => bulkWrite(request, client));
