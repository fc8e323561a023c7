import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CsvError } from "@/lib/common/csv/parse-csv";
import { isSamePatient, type PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { recordPatientChanges, type PatientChange } from "@/lib/data/audit/record-patient-changes";
import { getDb } from "@/lib/data/db";
import type { PatientCsvRow } from "./parse-patient-csv";

export type ImportSummary = { created: number; updated: number; unchanged: number };
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: CsvError[] };

// Rows per UPDATE statement: three array parameters, however many rows.
const UPDATE_BATCH = 5_000;

/** Patient IDs that already belong to a different login; the file cannot take them over. */
function findClashes(rows: readonly PatientCsvRow[], existing: readonly PatientSnapshot[]): CsvError[] {
  const ownerOfPatientId = new Map(existing.map((patient) => [patient.patientId, patient.username]));
  return rows.flatMap(({ line, patient }) => {
    const owner = ownerOfPatientId.get(patient.patientId);
    return owner !== undefined && owner !== patient.username
      ? [{ line, message: `patientId: ${patient.patientId} already belongs to ${owner}.` }]
      : [];
  });
}

async function updateInBatches(tx: Prisma.TransactionClient, patients: PatientSnapshot[]): Promise<void> {
  for (let start = 0; start < patients.length; start += UPDATE_BATCH) {
    const batch = patients.slice(start, start + UPDATE_BATCH);
    await tx.$executeRaw`
      UPDATE patients AS p
      SET patient_id = v.patient_id, display_name = v.display_name, updated_at = now()
      FROM unnest(${batch.map((row) => row.username)}::text[], ${batch.map((row) => row.patientId)}::text[],
                  ${batch.map((row) => row.displayName)}::text[]) AS v(username, patient_id, display_name)
      WHERE p.username = v.username`;
  }
}

/**
 * Creates new logins and updates existing ones, all or nothing, in one transaction with their
 * audit records. Rows must already be valid and free of duplicates (parsePatientCsv); this adds
 * the checks against the database. A fixed number of queries however long the file is: one read,
 * createMany, one UPDATE per 5,000 rows, one audit insert.
 */
export async function importPatients(rows: readonly PatientCsvRow[], actor: string): Promise<ImportResult> {
  return getDb().$transaction(
    async (tx) => {
      // Two array parameters rather than IN lists, which hit PostgreSQL's 65,535-parameter cap.
      const existing = await tx.$queryRaw<PatientSnapshot[]>`
        SELECT username, patient_id AS "patientId", display_name AS "displayName" FROM patients
        WHERE username = ANY(${rows.map((row) => row.patient.username)}::text[])
           OR patient_id = ANY(${rows.map((row) => row.patient.patientId)}::text[])`;
      const errors = findClashes(rows, existing);
      if (errors.length > 0) return { ok: false, errors };

      const byLogin = new Map(existing.map((patient) => [patient.username, patient]));
      const creates: PatientSnapshot[] = [];
      const changes: PatientChange[] = [];
      const updates: PatientSnapshot[] = [];
      for (const { patient } of rows) {
        const before = byLogin.get(patient.username);
        if (!before) creates.push(patient);
        else if (!isSamePatient(before, patient)) updates.push(patient);
        if (!before || !isSamePatient(before, patient)) changes.push({ action: "import", before: before ?? null, after: patient });
      }
      await tx.patient.createMany({ data: creates });
      await updateInBatches(tx, updates);
      await recordPatientChanges(tx, actor, changes);
      return { ok: true, summary: { created: creates.length, updated: updates.length, unchanged: rows.length - changes.length } };
    },
    // Prisma's 5 s default is short for 10,000 rows on a small machine.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
