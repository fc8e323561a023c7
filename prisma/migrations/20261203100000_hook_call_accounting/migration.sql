-- Every hook call accounted for: refused calls counted per minute and reason, and the calls whose
-- records could not be written stated as gaps (lib/hook/record-hook-event.ts, record-refusal.ts).

-- CreateEnum
CREATE TYPE "hook_refusal_reason" AS ENUM ('not_configured', 'no_credentials', 'wrong_secret', 'token_expired', 'token_wrong_issuer', 'token_wrong_audience', 'token_bad_signature', 'token_malformed', 'token_keys_unavailable');

-- CreateTable
CREATE TABLE "hook_refusals" (
    "minute" TIMESTAMP(3) NOT NULL,
    "reason" "hook_refusal_reason" NOT NULL,
    "count" INTEGER NOT NULL,
    "last_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "hook_refusals_pkey" PRIMARY KEY ("minute","reason")
);

-- CreateTable
CREATE TABLE "hook_event_gaps" (
    "id" SERIAL NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "first_at" TIMESTAMP(3) NOT NULL,
    "last_at" TIMESTAMP(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "outcomes" JSONB NOT NULL,

    CONSTRAINT "hook_event_gaps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "hook_refusals_last_at_idx" ON "hook_refusals"("last_at");

-- CreateIndex
CREATE INDEX "hook_event_gaps_last_at_idx" ON "hook_event_gaps"("last_at");
