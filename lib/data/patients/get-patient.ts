import "server-only";
import { getDb } from "@/lib/data/db";

/** The fields the edit page shows, or null if the patient is gone. */
export async function getPatient(id: string) {
  return getDb().patient.findUnique({
    where: { id },
    select: { id: true, username: true, patientId: true, displayName: true, createdAt: true, updatedAt: true },
  });
}
