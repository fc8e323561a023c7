import { unescapeCsvCell } from "@/lib/common/csv/format-csv";
import { readCsv, type CsvError, type CsvRecord } from "@/lib/common/csv/parse-csv";
import type { PatientField, PatientInput } from "@/lib/data/validations/patient";
import { createPatientBatchChecker } from "@/lib/data/validations/patient-batch";

export type PatientCsvRow = { line: number; patient: PatientInput };
/** A problem on one line; `field` and `value` name the cell when it is about one. */
export type PatientCsvError = CsvError & { field?: PatientField; value?: string };
export type PatientCsvResult = { rows: PatientCsvRow[]; errors: PatientCsvError[] };

const FIELD_LABELS: Record<PatientField, string> = {
  username: "username",
  patientId: "patientId",
  displayName: "displayName",
};

/** A login must be email-shaped, so a first row starting "username" can only be the header. */
function isHeader(fields: string[]): boolean {
  return fields[0]?.trim().toLowerCase() === "username";
}

/**
 * Characters a spreadsheet user cannot see or may not suspect, named: "ben.müller@…" fails the
 * login check because of the ü, and the message says so.
 */
function describeOddCharacters(value: string): string {
  const odd = [...new Set(value.match(/[^\x20-\x7e]/gu) ?? [])].slice(0, 5);
  if (odd.length === 0) return "";
  const named = odd.map((char) => (/\p{L}|\p{N}/u.test(char) ? `“${char}”` : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`));
  return ` It contains ${named.join(", ")}, outside plain ASCII.`;
}

/** Checks one record after another and collects the rows to save and the problems by line. */
function createPatientRowReader() {
  const rows: PatientCsvRow[] = [];
  const errors: PatientCsvError[] = [];
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
    if (checked.ok) return void rows.push({ line, patient: checked.value });
    // One error per field, each naming the cell's value as the file has it.
    const seen = new Set<PatientField>();
    for (const { field, value, message } of checked.problems) {
      if (seen.has(field)) continue;
      seen.add(field);
      const text = typeof value === "string" ? value : "";
      const odd = field === "username" ? describeOddCharacters(text) : "";
      errors.push({ line, field, value: text, message: `${FIELD_LABELS[field]}: ${message}${odd}` });
    }
  }

  const result = (): PatientCsvResult => ({ rows, errors: errors.sort((a, b) => a.line - b.line) });
  return { add, result };
}

/**
 * Reads `username,patientId[,displayName]` rows (header optional) with the same schema as the
 * form and the directory API, and reports by line, field and value anything that could not be
 * saved: bad CSV, wrong column count, invalid values, and a login or patient ID that appears twice
 * in the file. The CSV reader pauses between chunks, so a 20,000-row file never holds the server
 * (and the hook calls it serves) for long.
 */
export async function readPatientCsv(text: string): Promise<PatientCsvResult> {
  const reader = createPatientRowReader();
  for await (const item of readCsv(text)) reader.add(item);
  return reader.result();
}

/** The same, under the name the tests and benchmarks know. */
export const parsePatientCsv = readPatientCsv;
