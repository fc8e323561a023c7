import "server-only";
import type { AuditAction, Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/data/db";
import type { PatientSnapshot } from "./patient-snapshot";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: number;
  occurredAt: Date;
  actor: string;
  action: AuditAction;
  username: string;
  patientId: string;
  before: PatientSnapshot | null;
  after: PatientSnapshot | null;
};

/**
 * Newest first. `patient` matches a login (any case) or a patient ID exactly: both columns are
 * indexed, and a partial match would let "12" show every patient whose ID contains 12.
 */
export async function listAuditLog({ patient, page }: { patient: string; page: number }) {
  const where: Prisma.AuditLogWhereInput = patient
    ? { OR: [{ username: patient.toLowerCase() }, { patientId: patient }] }
    : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, occurredAt: true, actor: true, action: true, username: true, patientId: true, before: true, after: true },
    }),
    db.auditLog.count({ where }),
  ]);
  return { entries: rows as AuditEntry[], total };
}
