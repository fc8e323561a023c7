import "server-only";
import { getPool } from "@/lib/db";
import type { HookEventRecord } from "./record-hook-event";

/*
 * The token hook's two statements, sent straight through the shared pg pool: on Okta's hot path,
 * Prisma's per-query work (compiling, mapping) cost more than the statements themselves
 * (measured: `npm run bench:hook`). Unnamed statements, so transaction-mode poolers accept them.
 */

/** The patient ID for a normalised (trimmed, lower-cased) Okta login, or null. */
export async function findPatientIdByLogin(login: string): Promise<string | null> {
  const { rows } = await getPool().query<{ patient_id: string }>(
    "SELECT patient_id FROM patients WHERE username = $1",
    [login],
  );
  return rows[0]?.patient_id ?? null;
}

/** One hook_events row. occurred_at is written as UTC, as Prisma reads it. */
export async function insertHookEvent(record: HookEventRecord): Promise<void> {
  await getPool().query(
    `INSERT INTO hook_events
       (event_id, occurred_at, username, outcome, http_status, tokens_patched, refused, latency_ms, error)
     VALUES ($1, $2::timestamptz AT TIME ZONE 'UTC', $3, $4::hook_outcome, $5, $6, $7, $8, $9)`,
    [
      record.eventId,
      new Date().toISOString(),
      record.username,
      record.outcome,
      record.httpStatus,
      record.tokensPatched,
      record.refused,
      Math.round(record.latencyMs),
      record.error,
    ],
  );
}
