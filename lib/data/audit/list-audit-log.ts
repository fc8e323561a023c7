import "server-only";
import type { AuditAction, AuditActorType } from "@/generated/prisma/client";
import { clampPage } from "@/lib/admin/page-size";
import type { AuditQuery } from "@/lib/admin/audit/audit-query";
import { getDb } from "@/lib/data/db";
import type { AuditDetail } from "./audit-detail";
import { auditWhere } from "./audit-where";
import type { PatientSnapshot } from "./patient-snapshot";

export type AuditEntry = {
  id: number;
  occurredAt: Date;
  actor: string;
  /** staff (an email) or api_client (an OAuth client ID) */
  actorType: AuditActorType;
  action: AuditAction;
  username: string | null;
  patientId: string | null;
  before: PatientSnapshot | null;
  after: PatientSnapshot | null;
  subject: string | null;
  rowCount: number | null;
  /** import_file: its counts; search_patients: the page shown (lib/data/audit/audit-detail.ts) */
  detail: AuditDetail | null;
};

/** Rows shown under an import entry when it is expanded; the rest are one link away. */
export const IMPORT_ROWS_SHOWN = 10;

const SELECT = {
  id: true, occurredAt: true, actor: true, actorType: true, action: true, username: true, patientId: true,
  before: true, after: true, subject: true, rowCount: true, detail: true,
} as const;

/**
 * One page of the log, newest first, for the URL's filters; an out-of-range page is clamped to
 * the last one. Each import entry on the page comes with its first changed rows.
 */
export async function listAuditLog(query: AuditQuery) {
  const db = getDb();
  const where = auditWhere(query);
  const total = await db.auditLog.count({ where });
  const page = clampPage(query.page, total, query.size);
  const entries = (await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * query.size,
    take: query.size,
    select: SELECT,
  })) as AuditEntry[];
  const importIds = entries.filter((entry) => entry.action === "import_file").map((entry) => entry.id);
  const rows = importIds.length === 0 ? [] : await db.$queryRaw<(AuditEntry & { batchId: number })[]>`
    SELECT * FROM (
      SELECT id, occurred_at AS "occurredAt", actor, actor_type AS "actorType", action, username, patient_id AS "patientId", before, after,
             subject, row_count AS "rowCount", detail, batch_id AS "batchId",
             row_number() OVER (PARTITION BY batch_id ORDER BY id) AS n
      FROM audit_logs WHERE batch_id = ANY(${importIds})
    ) r WHERE n <= ${IMPORT_ROWS_SHOWN} ORDER BY id`;
  const rowsOf = new Map<number, AuditEntry[]>();
  for (const row of rows) rowsOf.set(row.batchId, [...(rowsOf.get(row.batchId) ?? []), row]);
  return { entries, total, page, rowsOf };
}

/** Every entry matching the filters, newest first, a batch at a time (the CSV export). */
export async function* exportAuditLog(query: Omit<AuditQuery, "page" | "size">): AsyncGenerator<AuditEntry[]> {
  const db = getDb();
  let before: number | null = null;
  for (;;) {
    const where = auditWhere(query);
    const batch = (await db.auditLog.findMany({
      where: before === null ? where : { AND: [where, { id: { lt: before } }] },
      orderBy: { id: "desc" },
      take: 1000,
      select: SELECT,
    })) as AuditEntry[];
    if (batch.length > 0) yield batch;
    if (batch.length < 1000) return;
    before = batch.at(-1)?.id ?? null;
  }
}
