import "server-only";
import { isSamePatient, PATIENT_SNAPSHOT_SELECT } from "@/lib/data/audit/patient-snapshot";
import { recordPatientChanges } from "@/lib/data/audit/record-patient-changes";
import { getDb } from "@/lib/data/db";
import type { PatientInput } from "@/lib/data/validations/patient";

/**
 * Saves an edit and its audit record together; "not_found" if the patient was deleted meanwhile.
 * Saving without changes writes nothing. A taken login or patient ID throws P2002.
 */
export async function updatePatient(id: string, input: PatientInput, actor: string): Promise<"updated" | "unchanged" | "not_found"> {
  return getDb().$transaction(async (tx) => {
    const before = await tx.patient.findUnique({ where: { id }, select: PATIENT_SNAPSHOT_SELECT });
    if (!before) return "not_found";
    if (isSamePatient(before, input)) return "unchanged";
    const after = await tx.patient.update({ where: { id }, data: input, select: PATIENT_SNAPSHOT_SELECT });
    await recordPatientChanges(tx, actor, [{ action: "update", before, after }]);
    return "updated";
  });
}
