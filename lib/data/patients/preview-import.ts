import "server-only";
import { getPool } from "@/lib/data/db-pool";
import type { ImportSummary } from "./import-patients";
import type { PatientCsvRow } from "./parse-patient-csv";

/** A row whose patient ID already belongs to another login in the table. */
export type ImportConflict = { line: number; username: string; patientId: string; owner: string };
export type ImportPreview = { summary: ImportSummary; conflicts: ImportConflict[] };

/*
 * The import's dry run: the same comparison as import-patients.ts's statement, read-only. It runs
 * on every row that passed the format checks, so one upload reports format errors, duplicates in
 * the file and conflicts with existing patients together; the import itself checks again, in its
 * own single statement, when the admin confirms (someone may have changed the list meanwhile).
 */
const PREVIEW = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS v(username, patient_id, display_name)
  ),
  compared AS (
    SELECT b.username IS NULL AS created,
           b.username IS NOT NULL AND (b.patient_id IS DISTINCT FROM i.patient_id OR b.display_name IS DISTINCT FROM i.display_name) AS updated
    FROM input i LEFT JOIN patients b ON b.username = i.username
  )
  SELECT (SELECT coalesce(json_agg(json_build_object('username', i.username, 'patientId', i.patient_id, 'owner', p.username)), '[]'::json)
          FROM input i JOIN patients p ON p.patient_id = i.patient_id AND p.username <> i.username) AS conflicts,
         (SELECT count(*) FROM compared WHERE created)::int AS created,
         (SELECT count(*) FROM compared WHERE updated)::int AS updated`;

type PreviewRow = { conflicts: Omit<ImportConflict, "line">[]; created: number; updated: number };

/** What importing `rows` would do now: N new, N updated, N unchanged, and every conflict by line. */
export async function previewImport(rows: readonly PatientCsvRow[]): Promise<ImportPreview> {
  const { rows: [result] } = await getPool().query<PreviewRow>(PREVIEW, [
    rows.map((row) => row.patient.username),
    rows.map((row) => row.patient.patientId),
    rows.map((row) => row.patient.displayName),
  ]);
  if (!result) throw new Error("The import preview returned no row.");
  const lineOf = new Map(rows.map((row) => [row.patient.username, row.line]));
  const conflicts = result.conflicts
    .map((conflict) => ({ ...conflict, line: lineOf.get(conflict.username) ?? 0 }))
    .sort((a, b) => a.line - b.line);
  const { created, updated } = result;
  return { summary: { created, updated, unchanged: rows.length - created - updated }, conflicts };
}
