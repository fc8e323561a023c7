import "server-only";
import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { findPatientRecord } from "./read-patient-records";
import { writePatientChanges } from "./write-patient-changes";

/**
 * Deletes a patient and records it, together, through the one write path: the patient as it was,
 * null if it was already gone, "changed_meanwhile" if someone else saved it since it was read (a
 * renamed row must not take another patient's login down with it).
 */
export async function deletePatient(id: string, actor: string): Promise<PatientSnapshot | null | "changed_meanwhile"> {
  const current = await findPatientRecord({ id });
  if (!current) return null;
  const result = await writePatientChanges([{ op: "delete", username: current.username, ifMatch: current.etag }], { id: actor, type: "staff" });
  if (!result.ok) return (await findPatientRecord({ id })) ? "changed_meanwhile" : null;
  return { username: current.username, patientId: current.patientId, displayName: current.displayName };
}
