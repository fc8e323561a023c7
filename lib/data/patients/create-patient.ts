import "server-only";
import type { PatientInput } from "@/lib/data/validations/patient";
import { writePatientChanges } from "./write-patient-changes";

export type CreateResult = { ok: true; id: string } | { ok: false; duplicate: "username" | "patientId" };

/**
 * Adds a patient and its audit record together, through the one write path (write-patient-changes.ts),
 * create-only: a login that exists, or a patient ID another login has, is reported on its field.
 */
export async function createPatient(input: PatientInput, actor: string): Promise<CreateResult> {
  const result = await writePatientChanges([{ op: "upsert", patient: input, ifMatch: { exists: false } }], { id: actor, type: "staff" }, { returnRows: true });
  if (!result.ok) return { ok: false, duplicate: result.stale.length > 0 ? "username" : (result.clashes[0]?.field ?? "patientId") };
  const row = result.rows[0];
  if (!row) throw new Error("The write returned no row for the new patient.");
  return { ok: true, id: row.id };
}
