import "server-only";
import type { AuditAction, Prisma } from "@/generated/prisma/client";
import type { PatientSnapshot } from "./patient-snapshot";

export type PatientChange = {
  action: AuditAction;
  /** null for a create */
  before: PatientSnapshot | null;
  /** null for a delete */
  after: PatientSnapshot | null;
};

/**
 * Writes audit rows inside the caller's transaction, so a change and its record commit or roll
 * back together: there is never a change without a record, nor a record of a change that failed.
 */
export async function recordPatientChanges(
  tx: Prisma.TransactionClient,
  actor: string,
  changes: readonly PatientChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.auditLog.createMany({
    data: changes.map(({ action, before, after }) => {
      const subject = (after ?? before) as PatientSnapshot;
      return {
        actor,
        action,
        username: subject.username,
        patientId: subject.patientId,
        before: before ?? undefined,
        after: after ?? undefined,
      };
    }),
  });
}
