import { getAdminAccess } from "@/lib/admin/require-admin";
import { isDatabaseUnavailable } from "@/lib/admin/database-unavailable";
import { describeAuditFilters, isAuditFiltered, readAuditQuery } from "@/lib/admin/audit/audit-query";
import { csvDownloadResponse } from "@/lib/common/csv/csv-download";
import { exportAuditLog, type AuditEntry } from "@/lib/data/audit/list-audit-log";
import { recordAccess } from "@/lib/data/audit/record-access";
import { getDb } from "@/lib/data/db";
import { auditWhere } from "@/lib/data/audit/audit-where";

const HEADER = ["time_utc", "person", "person_type", "action", "login", "patient_id", "subject", "rows", "before", "after", "detail"];
const TEXT = { "content-type": "text/plain; charset=utf-8" };

// GET /admin/audit/export?filters — the filtered log as CSV, for staff only; the export is itself logged
export async function GET(request: Request): Promise<Response> {
  const access = await getAdminAccess();
  if (access.status === "anonymous") return new Response("Sign in first.\n", { status: 401, headers: TEXT });
  if (access.status === "forbidden") return new Response("Only patient admins may export the audit log.\n", { status: 403, headers: TEXT });

  const query = readAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  let total: number;
  try {
    total = await getDb().auditLog.count({ where: auditWhere(query) });
    await recordAccess({ actor: access.admin.email, action: "export_audit", subject: describeAuditFilters(query), rowCount: total });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return new Response("The database is unavailable; try the export again in a moment.\n", { status: 503, headers: TEXT });
  }
  const date = new Date().toISOString().slice(0, 10);
  const filename = `audit-log-${isAuditFiltered(query) ? "filtered-" : ""}${date}.csv`;
  return csvDownloadResponse({ header: HEADER, batches: exportAuditLog(query), toCells, filename });
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

function toCells(entry: AuditEntry) {
  return [
    entry.occurredAt.toISOString(),
    entry.actor,
    entry.actorType,
    entry.action,
    entry.username,
    entry.patientId,
    entry.subject,
    entry.rowCount === null ? "" : String(entry.rowCount),
    json(entry.before),
    json(entry.after),
    json(entry.detail),
  ];
}
