import { unescapeCsvCell } from "@/lib/common/csv/format-csv";
import { readCsv, type CsvError, type CsvRecord } from "@/lib/common/csv/parse-csv";
import { patientSchema, type PatientField, type PatientInput } from "@/lib/data/validations/patient";

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

/** Checks one record after another and collects the rows to save and the problems by line. */
function createPatientRowReader() {
  const rows: PatientCsvRow[] = [];
  const errors: PatientCsvError[] = [];
  const lineOfLogin = new Map<string, number>();
  const lineOfPatientId = new Map<string, number>();
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
    const cells: Record<PatientField, string | undefined> = { username, patientId, displayName };
    const result = patientSchema.safeParse(cells);
    if (!result.success) {
      // One error per field, each naming the cell's value as the file has it.
      const seen = new Set<PatientField>();
      for (const issue of result.error.issues) {
        const field = issue.path[0] as PatientField;
        if (seen.has(field)) continue;
        seen.add(field);
        const value = cells[field] ?? "";
        errors.push({ line, field, value, message: `${FIELD_LABELS[field]}: ${issue.message}${field === "username" ? describeOddCharacters(value) : ""}` });
      }
      return;
    }
    const patient = result.data;
    const loginLine = lineOfLogin.get(patient.username);
    const patientIdLine = lineOfPatientId.get(patient.patientId);
    if (loginLine !== undefined) {
      errors.push({ line, field: "username", value: username ?? "", message: `username: ${patient.username} is already on line ${loginLine}.` });
    } else if (patientIdLine !== undefined) {
      errors.push({ line, field: "patientId", value: patientId ?? "", message: `patientId: ${patient.patientId} is already on line ${patientIdLine}.` });
    } else {
      lineOfLogin.set(patient.username, line);
      lineOfPatientId.set(patient.patientId, line);
      rows.push({ line, patient });
    }
  }

  const result = (): PatientCsvResult => ({ rows, errors: errors.sort((a, b) => a.line - b.line) });
  return { add, result };
}

/**
 * Reads `username,patientId[,displayName]` rows (header optional) with the same schema as the
 * form, and reports by line, field and value anything that could not be saved: bad CSV, wrong
 * column count, invalid values, and a login or patient ID that appears twice in the file. The
 * CSV reader pauses between chunks, so a 20,000-row file never holds the server (and the hook
 * calls it serves) for long.
 */
export async function readPatientCsv(text: string): Promise<PatientCsvResult> {
  const reader = createPatientRowReader();
  for await (const item of readCsv(text)) reader.add(item);
  return reader.result();
}

/** The same, under the name the tests and benchmarks know. */
export const parsePatientCsv = readPatientCsv;

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
