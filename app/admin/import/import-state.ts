import type { ImportSummary } from "@/lib/data/patients/import-patients";
import type { PatientCsvError } from "@/lib/data/patients/parse-patient-csv";

/** 5 MB: about 80,000 rows, far above any clinic's list; bigger uploads are refused unread. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** One statement holds the import; past this many rows, ask for several files. */
export const MAX_IMPORT_ROWS = 20_000;
/** The page lists this many problems; every one of them is in the CSV download. */
export const SHOWN_ERRORS = 100;

/** What one check or import did. The file stays chosen in the form across every state. */
export type ImportState =
  | { status: "idle" }
  | { status: "refused"; message: string }
  /** Format errors, duplicates in the file and conflicts with the table, all of them, by line. */
  | { status: "invalid"; fileName: string; errors: PatientCsvError[] }
  /** Checked, nothing written yet: what the import would do, for the admin to confirm. */
  | { status: "checked"; fileName: string; summary: ImportSummary }
  | { status: "imported"; fileName: string; summary: ImportSummary };
