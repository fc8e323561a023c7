import type { AuditAction, Prisma } from "@/generated/prisma/client";
import type { AuditQuery } from "@/lib/admin/audit/audit-query";
import { ACCESS_ACTIONS } from "./access-actions";

const GROUPS: Partial<Record<AuditQuery["action"], AuditAction[]>> = {
  // An import made before import_file entries existed left one "import" row per patient.
  changes: ["create", "update", "delete", "import"],
  import_file: ["import_file"],
  access: [...ACCESS_ACTIONS],
};

const DAY_MS = 24 * 60 * 60 * 1000;
const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });

/**
 * The log's filters as a Prisma condition. Top-level entries only (an import's rows are listed
 * under it), unless `batch` asks for one import's rows. Search is a case-insensitive partial
 * match on the login, patient ID, subject (file name, search text) and person.
 */
export function auditWhere(query: Omit<AuditQuery, "page" | "size">): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [{ batchId: query.batch ?? null }];
  if (query.action) and.push({ action: { in: GROUPS[query.action] ?? [query.action as AuditAction] } });
  if (query.actor) and.push({ actor: contains(query.actor) });
  if (query.from) and.push({ occurredAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ occurredAt: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } });
  if (query.q) {
    and.push({ OR: [{ username: contains(query.q) }, { patientId: contains(query.q) }, { subject: contains(query.q) }, { actor: contains(query.q) }] });
  }
  return { AND: and };
}
