import "server-only";
import { getDb } from "@/lib/data/db";
import type { PatientSnapshot } from "./patient-snapshot";

export const API_CHANGES_PAGE_SIZE = 50;

/** One API client's changes, summed up from the audit log. */
export type ApiClientSummary = {
  clientId: string;
  created: number;
  updated: number;
  deleted: number;
  firstAt: Date;
  lastAt: Date;
};

/**
 * Which API clients changed patients, how much and when (newest activity first), from the audit
 * rows the directory API writes with actor_type api_client (the (actor_type, occurred_at) index).
 */
export async function listApiClients(): Promise<ApiClientSummary[]> {
  const rows = await getDb().$queryRaw<{ actor: string; created: number; updated: number; deleted: number; first_at: Date; last_at: Date }[]>`
    SELECT actor,
           count(*) FILTER (WHERE action = 'create')::int AS created,
           count(*) FILTER (WHERE action = 'update')::int AS updated,
           count(*) FILTER (WHERE action = 'delete')::int AS deleted,
           min(occurred_at) AS first_at, max(occurred_at) AS last_at
    FROM audit_logs WHERE actor_type = 'api_client'
    GROUP BY actor ORDER BY max(occurred_at) DESC LIMIT 200`;
  return rows.map((row) => ({ clientId: row.actor, created: row.created, updated: row.updated, deleted: row.deleted, firstAt: row.first_at, lastAt: row.last_at }));
}

/** One change an API client made, as its audit row has it. */
export type ApiClientChange = {
  id: number;
  occurredAt: Date;
  clientId: string;
  action: "create" | "update" | "delete";
  username: string;
  patientId: string;
  before: PatientSnapshot | null;
  after: PatientSnapshot | null;
};

/** The changes API clients made (one client's, if given), newest first, a page at a time. */
export async function listApiClientChanges({ client, page }: { client: string; page: number }): Promise<{ changes: ApiClientChange[]; total: number }> {
  const where = { actorType: "api_client" as const, ...(client ? { actor: client } : {}) };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * API_CHANGES_PAGE_SIZE,
      take: API_CHANGES_PAGE_SIZE,
      select: { id: true, occurredAt: true, actor: true, action: true, username: true, patientId: true, before: true, after: true },
    }),
    db.auditLog.count({ where }),
  ]);
  const changes = rows.map(({ actor, ...row }) => ({ ...row, clientId: actor }) as ApiClientChange);
  return { changes, total };
}
