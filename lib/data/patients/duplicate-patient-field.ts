/**
 * Which unique field a Prisma P2002 error is about, so the form can say it next to the input.
 * Prisma with a driver adapter names the violated index (patients_username_key) rather than
 * the fields, and other setups name fields in `meta.target`: look at both.
 */
export function duplicatePatientField(error: unknown): "username" | "patientId" | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  if (/patient_?id/i.test(meta)) return "patientId";
  if (/username/i.test(meta)) return "username";
  return null;
}
