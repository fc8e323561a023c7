import "server-only";
import { isSamePatient } from "@/lib/data/audit/patient-snapshot";
import type { PatientInput } from "@/lib/data/validations/patient";
import { findPatientRecord } from "./read-patient-records";
import { writePatientChanges } from "./write-patient-changes";

export type UpdateResult = "updated" | "unchanged" | "not_found" | "changed_meanwhile" | { duplicate: "username" | "patientId" };

/**
 * Saves an edit (login included) and its audit record together, through the one write path, on
 * condition that the patient is still as just read: "not_found" if it was deleted meanwhile,
 * "changed_meanwhile" if someone else saved it first. Saving without changes writes nothing.
 */
export async function updatePatient(id: string, input: PatientInput, actor: string): Promise<UpdateResult> {
  const current = await findPatientRecord({ id });
  if (!current) return "not_found";
  if (isSamePatient(current, input)) return "unchanged";
  const result = await writePatientChanges([{ op: "upsert", patient: input, from: current.username, ifMatch: current.etag }], { id: actor, type: "staff" });
  if (result.ok) return "updated";
  const clash = result.clashes[0];
  if (clash) return { duplicate: clash.field };
  return (await findPatientRecord({ id })) ? "changed_meanwhile" : "not_found";
}
