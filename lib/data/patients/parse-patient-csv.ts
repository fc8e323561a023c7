import { unescapeCsvCell } from "@/lib/common/csv/format-csv";
import { parseCsv, type CsvError } from "@/lib/common/csv/parse-csv";
import { patientSchema, type PatientField, type PatientInput } from "@/lib/data/validations/patient";

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

/**
 * Reads `username,patientId[,displayName]` rows (header optional) with the same schema as the
 * form, and reports by line anything that could not be saved: bad CSV, wrong column count,
 * invalid values, and a login or patient ID that appears twice in the file.
 */
export function parsePatientCsv(text: string): PatientCsvResult {
  const { records, errors } = parseCsv(text);
  const rows: PatientCsvRow[] = [];
  const lineOfLogin = new Map<string, number>();
  const lineOfPatientId = new Map<string, number>();

  records.forEach(({ line, fields }, index) => {
    if (index === 0 && isHeader(fields)) return;
    if (fields.length < 2 || fields.length > 3) {
      errors.push({ line, message: `Expected 2 or 3 columns (username,patientId[,displayName]); found ${fields.length}.` });
      return;
    }
    // Cells our export defused against formula injection ('=…) come back as they were.
    const [username, patientId, displayName] = fields.map(unescapeCsvCell);
    const result = patientSchema.safeParse({ username, patientId, displayName });
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${FIELD_LABELS[issue.path[0] as PatientField]}: ${issue.message}`);
      errors.push({ line, message: problems.join(" ") });
      return;
    }
    const patient = result.data;
    const loginLine = lineOfLogin.get(patient.username);
    const patientIdLine = lineOfPatientId.get(patient.patientId);
    if (loginLine !== undefined) {
      errors.push({ line, message: `username: ${patient.username} is already on line ${loginLine}.` });
    } else if (patientIdLine !== undefined) {
      errors.push({ line, message: `patientId: ${patient.patientId} is already on line ${patientIdLine}.` });
    } else {
      lineOfLogin.set(patient.username, line);
      lineOfPatientId.set(patient.patientId, line);
      rows.push({ line, patient });
    }
  });

  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
