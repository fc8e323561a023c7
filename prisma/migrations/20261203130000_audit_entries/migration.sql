-- An audit log for a team (issue 14): one entry per CSV import (its rows listed under it through
-- batch_id), and access entries — a patient opened, a search, a claims preview, an export — with
-- what was touched (subject) and how many rows (row_count). Access entries are pruned after
-- AUDIT_ACCESS_RETENTION_DAYS (lib/data/audit/record-access.ts); changes are kept.
--
-- Imports made before this migration keep one "import" entry per row (no file entry): the new
-- enum values cannot be used in the migration that adds them.

-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'import_file';
ALTER TYPE "audit_action" ADD VALUE 'view_patient';
ALTER TYPE "audit_action" ADD VALUE 'search_patients';
ALTER TYPE "audit_action" ADD VALUE 'preview_claims';
ALTER TYPE "audit_action" ADD VALUE 'export_patients';
ALTER TYPE "audit_action" ADD VALUE 'export_audit';

-- AlterTable
ALTER TABLE "audit_logs" ALTER COLUMN "username" DROP NOT NULL,
ALTER COLUMN "patient_id" DROP NOT NULL,
ADD COLUMN     "batch_id" INTEGER,
ADD COLUMN     "detail" JSONB,
ADD COLUMN     "row_count" INTEGER,
ADD COLUMN     "subject" TEXT;

-- CreateIndex
CREATE INDEX "audit_logs_batch_id_idx" ON "audit_logs"("batch_id");

-- CreateIndex
CREATE INDEX "audit_logs_occurred_at_idx" ON "audit_logs"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_idx" ON "audit_logs"("actor");
