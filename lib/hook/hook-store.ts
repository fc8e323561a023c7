import "server-only";
import { getHookPool, getPool } from "@/lib/data/db-pool";
import type { HookEventRecord } from "./hook-event-record";

/*
 * The token hook's statements, sent straight through its own pg pool: on Okta's hot path,
 * Prisma's per-query work (compiling, mapping) cost more than the statements themselves
 * (measured: `npm run bench:hook`). Unnamed statements, so transaction-mode poolers accept them.
 */

/** The patient ID for a normalised (trimmed, lower-cased) Okta login, or null. */
export async function findPatientIdByLogin(login: string): Promise<string | null> {
  const { rows } = await getHookPool().query<{ patient_id: string }>(
    "SELECT patient_id FROM patients WHERE username = $1",
    [login],
  );
  return rows[0]?.patient_id ?? null;
}

// One statement for any number of rows: a column of values per parameter, zipped by unnest.
// occurred_at is stored as UTC without a zone, as Prisma reads it; tokens travel comma-joined
// ("id,access") because unnest would flatten an array of arrays.
const INSERT_EVENTS = `
  INSERT INTO hook_events
    (event_id, occurred_at, username, outcome, http_status, tokens_patched, refused, latency_ms, error)
  SELECT event_id, occurred_at AT TIME ZONE 'UTC', username, outcome::hook_outcome, http_status,
         string_to_array(tokens, ','), refused, latency_ms, error
  FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::int[], $6::text[], $7::bool[], $8::int[], $9::text[])
    AS e(event_id, occurred_at, username, outcome, http_status, tokens, refused, latency_ms, error)`;

/** hook_events rows, one statement (and one commit) for the lot. */
export async function insertHookEvents(records: HookEventRecord[]): Promise<void> {
  await getHookPool().query(INSERT_EVENTS, [
    records.map((r) => r.eventId),
    records.map((r) => r.occurredAt.toISOString()),
    records.map((r) => r.username),
    records.map((r) => r.outcome),
    records.map((r) => r.httpStatus),
    records.map((r) => r.tokensPatched.join(",")),
    records.map((r) => r.refused),
    records.map((r) => Math.round(r.latencyMs)),
    records.map((r) => r.error),
  ]);
}

/** Deletes the events that occurred before `cutoff`; returns how many. */
export async function deleteHookEventsBefore(cutoff: Date): Promise<number> {
  // Retention is housekeeping, not a lookup: the shared pool, whose statements may take longer.
  const result = await getPool().query("DELETE FROM hook_events WHERE occurred_at < $1::timestamptz AT TIME ZONE 'UTC'", [
    cutoff.toISOString(),
  ]);
  return result.rowCount ?? 0;
}
