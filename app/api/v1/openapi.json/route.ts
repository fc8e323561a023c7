import { getApiSettings } from "@/lib/api/api-settings";
import { buildOpenApiDocument } from "@/lib/api/openapi/openapi-document";

let document: string | undefined;

// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, public like any API reference.
export function GET(): Response {
  document ??= JSON.stringify(buildOpenApiDocument(getApiSettings().verification?.issuer));
  return new Response(document, { headers: { "content-type": "application/json", "cache-control": "public, max-age=300" } });
}
