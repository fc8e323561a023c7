import { loginSchema, patientSchema, type PatientField, type PatientInput } from "./patient";

/** One thing wrong with one item of a batch: which field, the value as sent, and why. */
export type FieldProblem = { field: PatientField; value: unknown; message: string };

export type BatchCheck<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * The rules every batch of patient changes follows, whoever sends it (the CSV import's rows, the
 * directory API's bulk operations): each patient valid by the one schema (patientSchema), and no
 * login or patient ID named twice in one batch (which of the two would win?). `where` names a
 * position in the caller's words: "on line 3", "at index 2".
 */
export function createPatientBatchChecker(where: (position: number) => string) {
  const positionOfLogin = new Map<string, number>();
  const positionOfPatientId = new Map<string, number>();

  const duplicateLogin = (username: string, value: unknown): FieldProblem | null => {
    const first = positionOfLogin.get(username);
    return first === undefined ? null : { field: "username", value, message: `${username} is already ${where(first)}.` };
  };

  /** A patient to create or replace. */
  function checkPatient(position: number, input: Record<PatientField, unknown>): BatchCheck<PatientInput> {
    const result = patientSchema.safeParse(input);
    if (!result.success) return { ok: false, problems: issueProblems(result.error.issues, input) };
    const patient = result.data;
    const loginProblem = duplicateLogin(patient.username, input.username);
    if (loginProblem) return { ok: false, problems: [loginProblem] };
    const patientIdFirst = positionOfPatientId.get(patient.patientId);
    if (patientIdFirst !== undefined) {
      return { ok: false, problems: [{ field: "patientId", value: input.patientId, message: `${patient.patientId} is already ${where(patientIdFirst)}.` }] };
    }
    positionOfLogin.set(patient.username, position);
    positionOfPatientId.set(patient.patientId, position);
    return { ok: true, value: patient };
  }

  /** A login to delete. */
  function checkLogin(position: number, value: unknown): BatchCheck<string> {
    const result = loginSchema.safeParse(value);
    if (!result.success) return { ok: false, problems: issueProblems(result.error.issues, { username: value }, "username") };
    const problem = duplicateLogin(result.data, value);
    if (problem) return { ok: false, problems: [problem] };
    positionOfLogin.set(result.data, position);
    return { ok: true, value: result.data };
  }

  return { checkPatient, checkLogin };
}

type Issue = { path: PropertyKey[]; message: string };

function issueProblems(issues: readonly Issue[], input: Partial<Record<PatientField, unknown>>, field?: PatientField): FieldProblem[] {
  return issues.map((issue) => {
    const name = (field ?? issue.path[0]) as PatientField;
    return { field: name, value: input[name], message: issue.message };
  });
}
