import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/openapi-document";
import { createApiClient, type ApiClient } from "@/tests/support/api-client/api-client";
import { clientCredentialsToken, createServiceApp, signAsLocalOkta, type ServiceApp } from "@/tests/support/api-client/service-app";
import { startJwksIssuer } from "@/tests/support/jwks-server";

// The patient directory API on the shared stack, called as a sync client does: a service app of
// the local Okta (set up by okta:setup --api-client) gets a token by client credentials and calls
// the API through the client typed from /api/v1/openapi.json.
const appUrl = inject("appUrl");
const issuer = inject("issuer");
const oktaDataDir = inject("oktaDataDir");
const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
const DOMAIN = "api-sync.test";
const COUNT = 10_000;

let app: ServiceApp;
let writer: ApiClient;
let writeToken: string;

beforeAll(async () => {
  // Against a DATABASE_URL kept from an earlier run, start from no patients of this file's.
  await pool.query("DELETE FROM patients WHERE username LIKE $1", [`%@${DOMAIN}`]);
  app = await createServiceApp(issuer, "Integration EHR sync");
  writeToken = await clientCredentialsToken(issuer, app, "patients.read patients.write");
  writer = createApiClient(appUrl, writeToken);
});
afterAll(() => pool.end());

const patients = (run: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ op: "upsert" as const, username: `p${i}@${DOMAIN}`, patientId: `${run}-${i}`, displayName: i % 2 ? `Patient ${i}` : null }));

/** Every patient changed since `since`, following nextCursor as a sync client does. */
async function changedSince(client: ApiClient, since: string) {
  const items: { username: string; patientId: string }[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await client.GET("/api/v1/patients", { params: { query: { updatedSince: since, limit: 1000, ...(cursor ? { cursor } : {}) } } });
    if (!data) throw new Error(JSON.stringify(error));
    items.push(...data.items);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe("the patient directory API", () => {
  it("serves the OpenAPI document the typed client was generated from", async () => {
    const served = await (await fetch(`${appUrl}/api/v1/openapi.json`)).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(issuer))));
  });

  it("syncs 10,000 patients in one bulk request, then lists only what changed since", async () => {
    const before = new Date().toISOString();
    const created = await writer.POST("/api/v1/patients/bulk", { body: { operations: patients("a", COUNT) } });
    expect(created.error).toBeUndefined();
    expect(created.data).toEqual({ created: COUNT, updated: 0, unchanged: 0, deleted: 0, absent: 0 });
    expect((await changedSince(writer, before)).filter((item) => item.username.endsWith(DOMAIN))).toHaveLength(COUNT);

    // Sent again (a retry after a timeout): idempotent, nothing written.
    const again = await writer.POST("/api/v1/patients/bulk", { body: { operations: patients("a", COUNT) } });
    expect(again.data).toMatchObject({ created: 0, updated: 0, unchanged: COUNT });

    const since = new Date().toISOString();
    const changes = [
      ...patients("b", 100),
      { op: "delete" as const, username: `p${COUNT - 1}@${DOMAIN}` },
      { op: "delete" as const, username: `never-there@${DOMAIN}` },
    ];
    const changed = await writer.POST("/api/v1/patients/bulk", { body: { operations: changes } });
    expect(changed.data).toEqual({ created: 0, updated: 100, unchanged: 0, deleted: 1, absent: 1 });
    const listed = await changedSince(writer, since);
    expect(listed.map((item) => item.patientId).sort()).toEqual(patients("b", 100).map((item) => item.patientId).sort());

    const { rows } = await pool.query<{ action: string; n: number }>(
      "SELECT action::text, count(*)::int AS n FROM audit_logs WHERE actor = $1 AND actor_type = 'api_client' AND action IN ('create', 'update', 'delete') GROUP BY action ORDER BY action",
      [app.clientId],
    );
    expect(rows).toEqual([
      { action: "create", n: COUNT },
      { action: "delete", n: 1 },
      { action: "update", n: 100 },
    ]);

    // Reads are accounted for too: each list page as an export of its rows, a patient fetched as viewed.
    const viewed = `p0@${DOMAIN}`;
    expect((await writer.GET("/api/v1/patients/{login}", { params: { path: { login: viewed } } })).response.status).toBe(200);
    const { rows: reads } = await pool.query<{ action: string; subject: string; rows: number | null }>(
      "SELECT action::text, subject, row_count AS rows FROM audit_logs WHERE actor = $1 AND actor_type = 'api_client' AND action IN ('export_patients', 'view_patient') ORDER BY id",
      [app.clientId],
    );
    expect(reads.filter((read) => read.action === "export_patients").reduce((sum, read) => sum + (read.rows ?? 0), 0)).toBeGreaterThanOrEqual(COUNT + 100);
    expect(reads.some((read) => read.action === "export_patients" && read.subject.startsWith(`API list updated since ${since}`))).toBe(true);
    expect(reads.at(-1)).toEqual({ action: "view_patient", subject: viewed, rows: null });
  });

  it("refuses a bulk request with any invalid operation, listing each by index, field and value, and writes nothing", async () => {
    const response = await fetch(`${appUrl}/api/v1/patients/bulk`, {
      method: "POST",
      headers: { authorization: `Bearer ${writeToken}`, "content-type": "application/json" },
      body: JSON.stringify({ operations: [{ op: "upsert", username: `ok@${DOMAIN}`, patientId: "ok-1" }, { op: "upsert", username: "not a login", patientId: "" }] }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 422, title: "Invalid request", type: "/api-reference#problem-invalid-request" });
    expect(problem.errors.map((error: { index: number; field: string; value: unknown }) => [error.index, error.field, error.value])).toEqual([
      [1, "username", "not a login"],
      [1, "patientId", ""],
    ]);
    expect((await writer.GET("/api/v1/patients/{login}", { params: { path: { login: `ok@${DOMAIN}` } } })).response.status).toBe(404);

    const clash = await writer.POST("/api/v1/patients/bulk", { body: { operations: [{ op: "upsert", username: `other@${DOMAIN}`, patientId: "b-5" }] } });
    expect(clash.response.status).toBe(409);
    expect(clash.error?.errors).toEqual([{ index: 0, field: "patientId", value: "b-5", message: `Already belongs to p5@${DOMAIN}.` }]);
  });

  it("refuses a stale If-Match with 412, so two writers never overwrite each other silently", async () => {
    const login = `etag@${DOMAIN}`;
    const put = await writer.PUT("/api/v1/patients/{login}", { params: { path: { login } }, body: { patientId: "etag-1" } });
    expect(put.response.status).toBe(201);
    const first = put.response.headers.get("etag") ?? "";
    expect(first).toMatch(/^"[0-9a-f]{32}"$/);
    const read = await writer.GET("/api/v1/patients/{login}", { params: { path: { login: login.toUpperCase() } } });
    expect(read.data).toMatchObject({ username: login, patientId: "etag-1", displayName: null });
    expect(read.response.headers.get("etag")).toBe(first);

    const second = await writer.PUT("/api/v1/patients/{login}", { params: { path: { login }, header: { "If-Match": first } }, body: { patientId: "etag-2" } });
    expect(second.response.status).toBe(200);
    const stale = await writer.PUT("/api/v1/patients/{login}", { params: { path: { login }, header: { "If-Match": first } }, body: { patientId: "etag-3" } });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ status: 412, type: "/api-reference#problem-precondition-failed" });
    expect((await writer.PATCH("/api/v1/patients/{login}", { params: { path: { login }, header: { "If-Match": first } }, body: { displayName: "X" } })).response.status).toBe(412);
    expect((await writer.DELETE("/api/v1/patients/{login}", { params: { path: { login }, header: { "If-Match": first } } })).response.status).toBe(412);

    const patched = await writer.PATCH("/api/v1/patients/{login}", { params: { path: { login }, header: { "If-Match": second.response.headers.get("etag") ?? "" } }, body: { displayName: "Etag Test" } });
    expect(patched.data).toMatchObject({ patientId: "etag-2", displayName: "Etag Test" });
    const byId = await writer.GET("/api/v1/patients/by-patient-id/{patientId}", { params: { path: { patientId: "etag-2" } } });
    expect(byId.data?.username).toBe(login);
    expect((await writer.DELETE("/api/v1/patients/{login}", { params: { path: { login } } })).response.status).toBe(204);
    expect((await writer.DELETE("/api/v1/patients/{login}", { params: { path: { login } } })).response.status).toBe(404);
  });

  it("answers 403 to a token without patients.write on every write, and lets it read", async () => {
    const reader = createApiClient(appUrl, await clientCredentialsToken(issuer, app, "patients.read"));
    const writes = [
      await reader.PUT("/api/v1/patients/{login}", { params: { path: { login: `r@${DOMAIN}` } }, body: { patientId: "r-1" } }),
      await reader.PATCH("/api/v1/patients/{login}", { params: { path: { login: `p1@${DOMAIN}` } }, body: { displayName: "R" } }),
      await reader.DELETE("/api/v1/patients/{login}", { params: { path: { login: `p1@${DOMAIN}` } } }),
      await reader.POST("/api/v1/patients/bulk", { body: { operations: [{ op: "delete", username: `p1@${DOMAIN}` }] } }),
    ];
    for (const { response, error } of writes) {
      expect(response.status).toBe(403);
      expect(response.headers.get("www-authenticate")).toContain('error="insufficient_scope", scope="patients.write"');
      expect(error).toMatchObject({ status: 403, title: "Missing scope" });
    }
    expect((await reader.GET("/api/v1/patients/{login}", { params: { path: { login: `p1@${DOMAIN}` } } })).response.status).toBe(200);
  });

  it("answers 401 to an expired token, one for another audience, one from another issuer, and none", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: issuer, aud: "api://default", cid: app.clientId, sub: app.clientId, scp: ["patients.read", "patients.write"] };
    const stranger = await startJwksIssuer("api://default");
    const tokens: [string, string, RegExp][] = [
      ["expired", await signAsLocalOkta(oktaDataDir, claims, now - 60), /expired/],
      ["another audience", await signAsLocalOkta(oktaDataDir, { ...claims, aud: "api://another-api" }, now + 600), /another audience/],
      ["another issuer", await stranger.sign({ cid: app.clientId, scp: ["patients.read"] }), /another issuer/],
      ["none", "", /Send an OAuth 2.0 access token/],
    ];
    await stranger.close();
    for (const [name, token, reason] of tokens) {
      const { response, error } = await createApiClient(appUrl, token).GET("/api/v1/patients", {});
      expect(response.status, name).toBe(401);
      expect(response.headers.get("www-authenticate"), name).toContain('error="invalid_token"');
      expect(error?.detail, name).toMatch(reason);
    }
  });
});
