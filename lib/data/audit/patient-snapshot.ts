/** What the audit log keeps of a patient before and after a change. */
export type PatientSnapshot = { username: string; patientId: string; displayName: string | null };

/** The Prisma `select` that reads exactly a snapshot. */
export const PATIENT_SNAPSHOT_SELECT = { username: true, patientId: true, displayName: true } as const;

export function isSamePatient(a: PatientSnapshot, b: PatientSnapshot): boolean {
  return a.username === b.username && a.patientId === b.patientId && a.displayName === b.displayName;
}
