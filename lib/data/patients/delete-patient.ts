import "server-only";
import { PATIENT_SNAPSHOT_SELECT, type PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { recordPatientChanges } from "@/lib/data/audit/record-patient-changes";
import { getDb } from "@/lib/data/db";

/** Deletes a patient and records it, together; null if it was already gone. */
export async function deletePatient(id: string, actor: string): Promise<PatientSnapshot | null> {
  return getDb().$transaction(async (tx) => {
    // deleteMany does not throw when the row is gone (a second click, another admin).
    const before = await tx.patient.findUnique({ where: { id }, select: PATIENT_SNAPSHOT_SELECT });
    if (!before) return null;
    await tx.patient.deleteMany({ where: { id } });
    await recordPatientChanges(tx, actor, [{ action: "delete", before, after: null }]);
    return before;
  });
}
