import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_ACTIONS } from "@/lib/data/audit/access-actions";
import type { Stack } from "@/scripts/stack";
import { createApiClient } from "@/tests/support/api-client/api-client";
import { clientCredentialsToken, createServiceApp } from "@/tests/support/api-client/service-app";
import { startOwnStack } from "@/tests/support/own-stack";
import { testPort } from "@/tests/support/ports";

// Access entries are pruned on the first access entry a server process writes (then at most
// hourly), so this needs a server of its own, with a one-day window, that has written none yet.
// Its database is its own embedded one, or DATABASE_URL when set (CI's second pass): the rows
// below carry a marker as actor, so other files' entries never count.
const RETENTION_DAYS = 1;
const marker = `access-retention-${Date.now()}@example.com`;
let stack: Stack;
let pool: pg.Pool;

beforeAll(async () => {
  stack = await startOwnStack({
    name: "access-retention",
    appPort: testPort("ACCESS_RETENTION_APP_PORT", 3720),
    dbPort: testPort("ACCESS_RETENTION_DB_PORT", 24377),
    env: { AUDIT_ACCESS_RETENTION_DAYS: String(RETENTION_DAYS) },
  });
  pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
}, 180_000);
afterAll(async () => {
  await pool?.query("DELETE FROM audit_logs WHERE actor = $1", [marker]);
  await pool?.end();
  await stack?.stop();
});

type Row = { action: string; subject: string; age: string; detail?: object };

/** Entries written as if long ago, straight into the table (the app never backdates one). */
async function insert(rows: Row[]) {
  for (const { action, subject, age, detail } of rows) {
    await pool.query(
      "INSERT INTO audit_logs (actor, action, subject, row_count, detail, occurred_at) VALUES ($1, $2::audit_action, $3, 1, $4, now() - $5::interval)",
      [marker, action, subject, detail ? JSON.stringify(detail) : null, age],
    );
  }
}

describe(`access entries past AUDIT_ACCESS_RETENTION_DAYS (${RETENTION_DAYS})`, () => {
  it("the first access entry deletes old access entries, and keeps changes, imports and recent accesses", async () => {
    const old = `${RETENTION_DAYS + 1} days`;
    await insert([
      ...ACCESS_ACTIONS.map((action) => ({ action, subject: `old ${action}`, age: old })),
      { action: "update", subject: "old update", age: old },
      { action: "import_file", subject: "old.csv", age: old, detail: { created: 1, updated: 0, unchanged: 0 } },
      { action: "view_patient", subject: "recent view_patient", age: "12 hours" },
    ]);

    // A sync client's read, as it reaches any deployment: a token by client credentials, one list page.
    const app = await createServiceApp(stack.issuer, "Access retention reader");
    const client = createApiClient(stack.appUrl, await clientCredentialsToken(stack.issuer, app, "patients.read"));
    const { response } = await client.GET("/api/v1/patients", { params: { query: { limit: 1 } } });
    expect(response.status).toBe(200);

    // The entry is written, and the prune run, before the response is sent.
    const left = await pool.query<{ action: string; subject: string }>("SELECT action::text, subject FROM audit_logs WHERE actor = $1 ORDER BY id", [marker]);
    expect(left.rows).toEqual([
      { action: "update", subject: "old update" },
      { action: "import_file", subject: "old.csv" },
      { action: "view_patient", subject: "recent view_patient" },
    ]);
    const written = await pool.query<{ action: string; subject: string }>("SELECT action::text, subject FROM audit_logs WHERE actor = $1 AND actor_type = 'api_client'", [app.clientId]);
    expect(written.rows).toEqual([{ action: "export_patients", subject: "API list" }]);
  });
});
