-- CreateEnum
CREATE TYPE "hook_outcome" AS ENUM ('patched', 'no_patient', 'no_login', 'no_token', 'lookup_timeout', 'lookup_error', 'bad_request');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('create', 'update', 'delete', 'import');

-- CreateTable
CREATE TABLE "patients" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "display_name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "patients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hook_events" (
    "id" SERIAL NOT NULL,
    "event_id" TEXT,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "username" TEXT,
    "outcome" "hook_outcome" NOT NULL,
    "http_status" INTEGER NOT NULL,
    "tokens_patched" TEXT[],
    "refused" BOOLEAN NOT NULL DEFAULT false,
    "latency_ms" INTEGER NOT NULL,
    "error" TEXT,

    CONSTRAINT "hook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" SERIAL NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "audit_action" NOT NULL,
    "username" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "patients_username_key" ON "patients"("username");

-- CreateIndex
CREATE UNIQUE INDEX "patients_patient_id_key" ON "patients"("patient_id");

-- CreateIndex
CREATE INDEX "hook_events_occurred_at_idx" ON "hook_events"("occurred_at");

-- CreateIndex
CREATE INDEX "hook_events_username_occurred_at_idx" ON "hook_events"("username", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_logs_username_idx" ON "audit_logs"("username");

-- CreateIndex
CREATE INDEX "audit_logs_patient_id_idx" ON "audit_logs"("patient_id");
