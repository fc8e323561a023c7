import "server-only";
import { getPool } from "@/lib/data/db-pool";
import { PATIENT_ROW_SQL, type PatientRecord } from "./patient-record";

/** One patient by login (as stored: trimmed, lower-case), by patient ID or by its row id; null if none. */
export async function findPatientRecord(key: { username: string } | { patientId: string } | { id: string }): Promise<PatientRecord | null> {
  const [column, value] = "username" in key ? ["username", key.username] : "patientId" in key ? ["patient_id", key.patientId] : ["id", key.id];
  const { rows } = await getPool().query<PatientRecord>(`SELECT ${PATIENT_ROW_SQL("p")} FROM patients p WHERE p.${column} = $1`, [value]);
  return rows[0] ?? null;
}

/** Where a page ends: the last row's updatedAt (ISO, UTC) and id. */
export type PagePosition = { updatedAt: string; id: string };

/**
 * Patients in the order they last changed (updatedAt, then id: a total order, so a page boundary
 * between rows changed in the same millisecond loses none), from `updatedSince` (inclusive) and
 * after `after`; one more than `limit` is read to know whether another page follows. The
 * (updated_at, id) index serves it. Times are compared as UTC, as the columns hold them.
 */
export async function listPatientRecords(query: { updatedSince?: string; after?: PagePosition; limit: number }): Promise<{ records: PatientRecord[]; more: boolean }> {
  const { rows } = await getPool().query<PatientRecord>(
    `SELECT ${PATIENT_ROW_SQL("p")} FROM patients p
     WHERE ($1::timestamptz IS NULL OR p.updated_at >= ($1::timestamptz AT TIME ZONE 'UTC'))
       AND ($2::timestamptz IS NULL OR (p.updated_at, p.id) > (($2::timestamptz AT TIME ZONE 'UTC'), $3::text))
     ORDER BY p.updated_at, p.id
     LIMIT $4`,
    [query.updatedSince ?? null, query.after?.updatedAt ?? null, query.after?.id ?? null, query.limit + 1],
  );
  return { records: rows.slice(0, query.limit), more: rows.length > query.limit };
}
