import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getPool } from "@/lib/data/db-pool";
import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { patientSearchCondition } from "./patient-search-sql";

// A batch is read, formatted and sent before the next is asked for: small enough that no step
// holds the server for long (the hook shares it), large enough that 100,000 rows take 100 queries.
const BATCH = 1_000;

/**
 * Every patient matching `q`, in login order, a batch at a time: the export streams 100,000 rows
 * without holding them all. Keyset paging (username > last) keeps each batch an index range scan.
 */
export async function* exportPatients(q: string): AsyncGenerator<PatientSnapshot[]> {
  let after: string | null = null;
  for (;;) {
    const from: Prisma.Sql = after === null ? Prisma.sql`TRUE` : Prisma.sql`username > ${after}`;
    const query = Prisma.sql`
      SELECT username, patient_id AS "patientId", display_name AS "displayName" FROM patients
      WHERE ${patientSearchCondition(q)} AND ${from}
      ORDER BY username LIMIT ${BATCH}`;
    // Straight through pg: Prisma's result mapping cost more than the query for thousands of rows.
    const { rows: batch } = await getPool().query<PatientSnapshot>(query.text, query.values);
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    after = batch.at(-1)?.username ?? null;
  }
}

/** How many patients match `q`: the number an export sends, for its audit entry. */
export async function countPatients(q: string): Promise<number> {
  const query = Prisma.sql`SELECT count(*)::int AS total FROM patients WHERE ${patientSearchCondition(q)}`;
  const { rows } = await getPool().query<{ total: number }>(query.text, query.values);
  return rows[0]?.total ?? 0;
}
