import "server-only";
import { getPool } from "@/lib/data/db-pool";

export type ImportBatch = {
  actor: string;
  fileName: string | null;
  /** rows in the file */
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
};

/*
 * The import's entry in the audit log, written right after its rows: one import_file entry (file
 * name, row count, counts), and the rows the import just audited (action 'import', this actor,
 * no batch yet, all stamped with the write statement's one transaction time) pointed at it, so the
 * log lists the import once and expands it to them. One statement. If it fails after the import
 * succeeded, the rows stay in the log as they are, each its own entry: nothing is lost.
 */
const RECORD_BATCH = `
  WITH batch AS (
    INSERT INTO audit_logs (actor, actor_type, action, subject, row_count, detail)
    VALUES ($1, 'staff', 'import_file', $2, $3, jsonb_build_object('created', $4::int, 'updated', $5::int, 'unchanged', $6::int))
    RETURNING id
  ),
  latest AS (
    SELECT max(occurred_at) AS at FROM audit_logs WHERE action = 'import' AND actor = $1 AND batch_id IS NULL
  )
  UPDATE audit_logs SET batch_id = (SELECT id FROM batch)
  WHERE action = 'import' AND actor = $1 AND batch_id IS NULL AND occurred_at = (SELECT at FROM latest) AND $7::boolean
  RETURNING id`;

/** Records the import as one entry over its rows; `changed` says whether the import audited any row. */
export async function recordImportBatch(batch: ImportBatch): Promise<void> {
  const changed = batch.created + batch.updated > 0;
  await getPool().query(RECORD_BATCH, [batch.actor, batch.fileName, batch.rowCount, batch.created, batch.updated, batch.unchanged, changed]);
}
