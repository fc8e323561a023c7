import "server-only";
import { getDb } from "@/lib/db";

/** The patient ID for a normalised (trimmed, lower-cased) Okta login, or null. */
export async function findPatientIdByLogin(login: string): Promise<string | null> {
  const row = await getDb().patient.findUnique({ where: { username: login }, select: { patientId: true } });
  return row?.patientId ?? null;
}
