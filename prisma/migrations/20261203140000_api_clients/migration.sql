-- The patient directory API (app/api/v1): its changes are audited with the API client's ID as the
-- actor, told apart from staff by actor_type; its incremental list pages through patients by
-- (updated_at, id).

-- CreateEnum
CREATE TYPE "audit_actor_type" AS ENUM ('staff', 'api_client');

-- AlterTable
ALTER TABLE "audit_logs" ADD COLUMN "actor_type" "audit_actor_type" NOT NULL DEFAULT 'staff';

-- CreateIndex
CREATE INDEX "audit_logs_actor_type_occurred_at_idx" ON "audit_logs"("actor_type", "occurred_at");

-- CreateIndex
CREATE INDEX "patients_updated_at_id_idx" ON "patients"("updated_at", "id");
