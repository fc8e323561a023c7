import { z } from "zod";
import { yieldToEventLoop } from "@/lib/common/yield-to-event-loop";
import type { PatientChange } from "@/lib/data/patients/write-patient-changes";
import { createPatientBatchChecker } from "@/lib/data/validations/patient-batch";
import { bulkOperationSchema, MAX_BULK_OPERATIONS } from "@/lib/data/validations/patient-api";
import type { FieldError } from "../problem";
import { zodFieldErrors } from "./zod-field-errors";

export type BulkCheck = { ok: true; changes: PatientChange[] } | { ok: false; errors: FieldError[] };

const envelopeSchema = z.strictObject({
  operations: z
    .array(z.unknown(), { error: "Expected an array of operations." })
    .min(1, { error: "Send at least one operation." })
    .max(MAX_BULK_OPERATIONS, { error: `At most ${MAX_BULK_OPERATIONS} operations in one request.` }),
});

// About 2 ms of checking on a small machine between two pauses (as the CSV import reads its
// rows), so 10,000 operations never hold the server (and the hook calls it serves) for long.
const OPERATIONS_PER_CHUNK = 100;

/**
 * A bulk request checked as the CSV import checks a file: every operation by the same schemas, no
 * login or patient ID twice (createPatientBatchChecker), and every problem listed with the
 * operation's index, the field and the value sent, so a client can fix them all at once.
 */
export async function checkBulkOperations(body: unknown): Promise<BulkCheck> {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, errors: zodFieldErrors(envelope.error.issues, body, "body") };
  const checker = createPatientBatchChecker((index) => `at index ${index}`);
  const changes: PatientChange[] = [];
  const errors: FieldError[] = [];
  const { operations } = envelope.data;
  for (let index = 0; index < operations.length; index++) {
    if (index > 0 && index % OPERATIONS_PER_CHUNK === 0) await yieldToEventLoop();
    const raw = operations[index];
    const parsed = bulkOperationSchema.safeParse(raw);
    if (!parsed.success) {
      for (const error of zodFieldErrors(parsed.error.issues, raw, "operation")) errors.push({ index, ...error });
      continue;
    }
    const sent = raw as Record<string, unknown>;
    if (parsed.data.op === "delete") {
      const login = checker.checkLogin(index, sent.username);
      if (login.ok) changes.push({ op: "delete", username: login.value });
      else for (const problem of login.problems) errors.push({ index, ...problem });
    } else {
      const patient = checker.checkPatient(index, { username: sent.username, patientId: sent.patientId, displayName: sent.displayName ?? "" });
      if (patient.ok) changes.push({ op: "upsert", patient: patient.value });
      else for (const problem of patient.problems) errors.push({ index, ...problem, value: sent[problem.field] });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
