import createClient from "openapi-fetch";
import type { paths } from "./openapi-types";

/**
 * The directory API's client for tests: openapi-fetch typed by the types openapi-typescript
 * generated from /api/v1/openapi.json (openapi-types.ts), so a test that compiles calls the API
 * as documented, and a change to the document that breaks a call breaks the type-check.
 */
export function createApiClient(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}

export type ApiClient = ReturnType<typeof createApiClient>;
