import "server-only";
import { PATIENT_SNAPSHOT_SELECT } from "@/lib/data/audit/patient-snapshot";
import { recordPatientChanges } from "@/lib/data/audit/record-patient-changes";
import { getDb } from "@/lib/data/db";
import type { PatientInput } from "@/lib/data/validations/patient";

/** Adds a patient and its audit record together. A taken login or patient ID throws P2002. */
export async function createPatient(input: PatientInput, actor: string): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const { id, ...after } = await tx.patient.create({ data: input, select: { id: true, ...PATIENT_SNAPSHOT_SELECT } });
    await recordPatientChanges(tx, actor, [{ action: "create", before: null, after }]);
    return { id };
  });
}
