import "server-only";
import type { AuditActorType } from "@/generated/prisma/client";
import { getEnv } from "@/lib/config/env";
import { describeError, log } from "@/lib/common/log";
import { createRetentionPruner } from "@/lib/common/retention-pruner";
import { getDb } from "@/lib/data/db";
import { ACCESS_ACTIONS, type AccessAction } from "./access-actions";
import type { SearchPage } from "./audit-detail";

export type AccessRecord = {
  /** Who read: a staff member's Okta login, or for the patient directory API its OAuth client ID */
  actor: string;
  /** staff (the default) or api_client */
  actorType?: AuditActorType;
  /** What kind of access */
  action: AccessAction;
  /** What was read, in words: the login viewed, the search text, the export's filter ("" = all) */
  subject?: string | null;
  /** How many rows were read or sent, when it is more than the one subject */
  rowCount?: number | null;
  /** Facts with no column of their own: for a search, the page shown */
  detail?: SearchPage | null;
};

// Access entries older than AUDIT_ACCESS_RETENTION_DAYS, deleted at most hourly per process.
const pruneAccessIfDue = createRetentionPruner();

/**
 * Writes one access entry to the audit log (who, when, what) before the data is shown or sent:
 * health-data rules expect every read of patient data to be accountable, so a read whose entry
 * cannot be written fails with it. The patient directory API records its reads through here too.
 * At most once an hour per process it also deletes access entries older than
 * AUDIT_ACCESS_RETENTION_DAYS (changes and imports are never pruned); a failed delete is logged,
 * never fails the read, and is tried again an hour later.
 */
export async function recordAccess({ actor, actorType = "staff", action, subject = null, rowCount = null, detail = null }: AccessRecord): Promise<void> {
  const db = getDb();
  await db.auditLog.create({ data: { actor, actorType, action, subject: subject?.slice(0, 500) ?? null, rowCount, detail: detail ?? undefined } });
  try {
    const count = await pruneAccessIfDue(
      async (cutoff) => (await db.auditLog.deleteMany({ where: { action: { in: [...ACCESS_ACTIONS] }, occurredAt: { lt: cutoff } } })).count,
      getEnv().AUDIT_ACCESS_RETENTION_DAYS,
    );
    if (count) log.info("audit.access_pruned", { count });
  } catch (error) {
    log.warn("audit.access_prune_failed", { reason: describeError(error) });
  }
}
