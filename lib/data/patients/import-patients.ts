import "server-only";
import type { CsvError } from "@/lib/common/csv/parse-csv";
import type { PatientCsvRow } from "./parse-patient-csv";
import { writePatientChanges } from "./write-patient-changes";

export type ImportSummary = { created: number; updated: number; unchanged: number };
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: CsvError[] };

/**
 * Creates new logins and updates existing ones, all or nothing, with their audit records, in the
 * one statement every patient change goes through (write-patient-changes.ts). Rows must already be
 * valid and free of duplicates (parsePatientCsv); this adds the check against the database: a
 * patient ID that already belongs to another login refuses the whole file. The audit log gets one
 * entry for the file (`fileName`, the counts) over the rows it changed, in the same statement.
 */
export async function importPatients(rows: readonly PatientCsvRow[], actor: string, fileName: string | null = null): Promise<ImportResult> {
  const result = await writePatientChanges(
    rows.map((row) => ({ op: "upsert", patient: row.patient })),
    { id: actor, type: "staff" },
    { auditAs: "import", fileName },
  );
  if (!result.ok) {
    const errors = result.clashes.map(({ index, field, value, owner }) => ({
      line: rows[index]?.line ?? 0,
      message: `${field}: ${value} already belongs to ${owner}.`,
    }));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  const { created, updated, unchanged } = result;
  return { ok: true, summary: { created, updated, unchanged } };
}
