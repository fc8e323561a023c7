import type { CsvError } from "@/lib/common/csv/parse-csv";
import type { ImportSummary } from "@/lib/data/patients/import-patients";

/** 5 MB: about 80,000 rows, far above any clinic's list; bigger uploads are refused unread. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** One transaction holds the import; past this many rows, ask for several files. */
export const MAX_IMPORT_ROWS = 20_000;
/** The page lists this many problems; the count says how many there are in all. */
export const SHOWN_ERRORS = 100;

export type ImportState =
  | { status: "idle" }
  | { status: "refused"; message: string }
  | { status: "invalid"; fileName: string; errors: CsvError[]; errorCount: number }
  | { status: "imported"; fileName: string; summary: ImportSummary };
