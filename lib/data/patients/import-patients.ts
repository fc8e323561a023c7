import "server-only";
import type { CsvError } from "@/lib/common/csv/parse-csv";
import { getPool } from "@/lib/data/db-pool";
import type { PatientCsvRow } from "./parse-patient-csv";

export type ImportSummary = { created: number; updated: number; unchanged: number };
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: CsvError[] };

/*
 * The whole import is ONE statement: compare, refuse on a clash, create, update and audit, all at
 * the database. One statement is atomic by itself (a failed import changes nothing) and holds no
 * transaction open between round trips, which on the embedded database (one session for every
 * client) would hold up every hook lookup until the last statement's commit. The rows travel as
 * three array parameters, however many there are (IN lists hit PostgreSQL's 65,535-parameter cap).
 * Data-modifying CTEs always run to completion; `changes` is empty when any row clashes, so then
 * nothing is written. The audit rows are built here too, as the admin forms write them
 * (lib/data/audit/record-patient-changes.ts): { username, patientId, displayName } before and after,
 * each pointing (batch_id) at the one import_file entry that names the file and counts the rows:
 * the audit log lists the import once and expands it to these rows.
 */
const IMPORT = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS v(username, patient_id, display_name)
  ),
  clashes AS (
    SELECT i.username, i.patient_id, p.username AS owner
    FROM input i JOIN patients p ON p.patient_id = i.patient_id AND p.username <> i.username
  ),
  changes AS (
    SELECT i.username, i.patient_id, i.display_name, b.username IS NULL AS created,
           b.patient_id AS before_patient_id, b.display_name AS before_display_name
    FROM input i LEFT JOIN patients b ON b.username = i.username
    WHERE NOT EXISTS (SELECT 1 FROM clashes)
      AND (b.username IS NULL OR b.patient_id IS DISTINCT FROM i.patient_id OR b.display_name IS DISTINCT FROM i.display_name)
  ),
  written AS (
    INSERT INTO patients (id, username, patient_id, display_name, updated_at)
    SELECT gen_random_uuid()::text, username, patient_id, display_name, now() FROM changes
    ON CONFLICT (username) DO UPDATE
      SET patient_id = EXCLUDED.patient_id, display_name = EXCLUDED.display_name, updated_at = now()
  ),
  batch AS (
    INSERT INTO audit_logs (actor, action, subject, row_count, detail)
    SELECT $4, 'import_file'::audit_action, $5, (SELECT count(*) FROM input)::int,
           jsonb_build_object('created', (SELECT count(*) FROM changes WHERE created),
                              'updated', (SELECT count(*) FROM changes WHERE NOT created),
                              'unchanged', (SELECT count(*) FROM input) - (SELECT count(*) FROM changes))
    WHERE NOT EXISTS (SELECT 1 FROM clashes)
    RETURNING id
  ),
  audited AS (
    INSERT INTO audit_logs (actor, action, username, patient_id, before, after, batch_id)
    SELECT $4, 'import'::audit_action, username, patient_id,
           CASE WHEN created THEN NULL
                ELSE jsonb_build_object('username', username, 'patientId', before_patient_id, 'displayName', before_display_name) END,
           jsonb_build_object('username', username, 'patientId', patient_id, 'displayName', display_name),
           (SELECT id FROM batch)
    FROM changes
  )
  SELECT (SELECT coalesce(json_agg(json_build_object('username', username, 'patientId', patient_id, 'owner', owner)), '[]'::json)
          FROM clashes) AS clashes,
         (SELECT count(*) FROM changes WHERE created)::int AS created,
         (SELECT count(*) FROM changes WHERE NOT created)::int AS updated`;

type Clash = { username: string; patientId: string; owner: string };
type ImportRow = { clashes: Clash[]; created: number; updated: number };

/**
 * Creates new logins and updates existing ones, all or nothing, with their audit records. Rows
 * must already be valid and free of duplicates (parsePatientCsv); this adds the check against the
 * database: a patient ID that already belongs to another login refuses the whole file. The audit
 * log gets one entry for the file (`fileName`, the counts) and one per changed row under it.
 */
export async function importPatients(rows: readonly PatientCsvRow[], actor: string, fileName: string | null = null): Promise<ImportResult> {
  const { rows: [result] } = await getPool().query<ImportRow>(IMPORT, [
    rows.map((row) => row.patient.username),
    rows.map((row) => row.patient.patientId),
    rows.map((row) => row.patient.displayName),
    actor,
    fileName,
  ]);
  if (!result) throw new Error("The import statement returned no row.");
  if (result.clashes.length > 0) {
    const lineOf = new Map(rows.map((row) => [row.patient.username, row.line]));
    const errors = result.clashes.map(({ username, patientId, owner }) => ({
      line: lineOf.get(username) ?? 0,
      message: `patientId: ${patientId} already belongs to ${owner}.`,
    }));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  const { created, updated } = result;
  return { ok: true, summary: { created, updated, unchanged: rows.length - created - updated } };
}
