import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/data/db";
import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { patientSearchCondition } from "./patient-search-sql";

const BATCH = 5_000;

/**
 * Every patient matching `q`, in login order, a batch at a time: the export streams 100,000 rows
 * without holding them all. Keyset paging (username > last) keeps each batch an index range scan.
 */
export async function* exportPatients(q: string): AsyncGenerator<PatientSnapshot[]> {
  let after: string | null = null;
  for (;;) {
    const from: Prisma.Sql = after === null ? Prisma.sql`TRUE` : Prisma.sql`username > ${after}`;
    const batch: PatientSnapshot[] = await getDb().$queryRaw<PatientSnapshot[]>`
      SELECT username, patient_id AS "patientId", display_name AS "displayName" FROM patients
      WHERE ${patientSearchCondition(q)} AND ${from}
      ORDER BY username LIMIT ${BATCH}`;
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    after = batch.at(-1)?.username ?? null;
  }
}
