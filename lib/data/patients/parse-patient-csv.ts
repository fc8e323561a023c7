import { unescapeCsvCell } from "@/lib/common/csv/format-csv";
import { readCsv, type CsvError, type CsvRecord } from "@/lib/common/csv/parse-csv";
import { yieldToEventLoop } from "@/lib/common/yield-to-event-loop";
import type { PatientField, PatientInput } from "@/lib/data/validations/patient";
import { createPatientBatchChecker } from "@/lib/data/validations/patient-batch";

export type PatientCsvRow = { line: number; patient: PatientInput };
export type PatientCsvResult = { rows: PatientCsvRow[]; errors: CsvError[] };

const FIELD_LABELS: Record<PatientField, string> = {
  username: "username",
  patientId: "patientId",
  displayName: "displayName",
};

/** A login must be email-shaped, so a first row starting "username" can only be the header. */
function isHeader(fields: string[]): boolean {
  return fields[0]?.trim().toLowerCase() === "username";
}

/** Checks one record after another and collects the rows to save and the problems by line. */
function createPatientRowReader() {
  const rows: PatientCsvRow[] = [];
  const errors: CsvError[] = [];
  // The same rules as the directory API's bulk operations: one schema, no login or patient ID twice.
  const checker = createPatientBatchChecker((line) => `on line ${line}`);
  let first = true;

  function add(item: CsvRecord | CsvError): void {
    const isFirst = first;
    first = false;
    if (!("fields" in item)) return void errors.push(item);
    const { line, fields } = item;
    if (isFirst && isHeader(fields)) return;
    if (fields.length < 2 || fields.length > 3) {
      errors.push({ line, message: `Expected 2 or 3 columns (username,patientId[,displayName]); found ${fields.length}.` });
      return;
    }
    // Cells our export defused against formula injection ('=…) come back as they were.
    const [username, patientId, displayName] = fields.map(unescapeCsvCell);
    const checked = checker.checkPatient(line, { username, patientId, displayName });
    if (checked.ok) rows.push({ line, patient: checked.value });
    else errors.push({ line, message: checked.problems.map((problem) => `${FIELD_LABELS[problem.field]}: ${problem.message}`).join(" ") });
  }

  const result = (): PatientCsvResult => ({ rows, errors: errors.sort((a, b) => a.line - b.line) });
  return { add, result };
}

/**
 * Reads `username,patientId[,displayName]` rows (header optional) with the same schema as the
 * form, and reports by line anything that could not be saved: bad CSV, wrong column count,
 * invalid values, and a login or patient ID that appears twice in the file.
 */
export function parsePatientCsv(text: string): PatientCsvResult {
  const reader = createPatientRowReader();
  for (const item of readCsv(text)) reader.add(item);
  return reader.result();
}

// About 4 ms of parsing and validating on a small machine between two pauses.
const RECORDS_PER_CHUNK = 100;

/**
 * parsePatientCsv for a request: the same result, read in chunks with a pause between them, so
 * a 20,000-row file never holds the server (and the hook calls it serves) for more than a chunk.
 */
export async function readPatientCsv(text: string): Promise<PatientCsvResult> {
  const reader = createPatientRowReader();
  let inChunk = 0;
  for (const item of readCsv(text)) {
    reader.add(item);
    if (++inChunk === RECORDS_PER_CHUNK) {
      inChunk = 0;
      await yieldToEventLoop();
    }
  }
  return reader.result();
}
