import { z } from "zod";
import { displayNameSchema, loginSchema, patientIdSchema } from "./patient";

/*
 * The patient directory API's requests (app/api/v1/patients). The fields are the admin's and the
 * CSV import's own schemas (./patient.ts); the API reference (lib/api/openapi) is generated from
 * these very objects, so what it documents is what the code checks.
 */

export const MAX_BULK_OPERATIONS = 10_000;
export const MAX_PAGE_SIZE = 1_000;
export const DEFAULT_PAGE_SIZE = 100;

/** JSON has null: the API takes null, blank or an absent field as "no display name". */
const apiDisplayNameSchema = displayNameSchema.nullable().describe("Shown in the admin; null, blank or absent for none.");

export const patientPutSchema = z.strictObject({
  username: loginSchema.optional().describe("The login in the path; if sent, it must be the same (any case)."),
  patientId: patientIdSchema.describe("The external patient identifier the hook puts in the claim; unique."),
  displayName: apiDisplayNameSchema.optional(),
});

/** JSON merge patch (RFC 7396): the fields sent replace the stored ones; displayName: null removes it. */
export const patientPatchSchema = z.strictObject({
  patientId: patientIdSchema.optional(),
  displayName: apiDisplayNameSchema.optional(),
});

export const upsertOperationSchema = z.strictObject({
  op: z.literal("upsert"),
  username: loginSchema.describe("The patient's Okta login; stored trimmed and lower-cased."),
  patientId: patientIdSchema,
  displayName: apiDisplayNameSchema.optional(),
});

export const deleteOperationSchema = z.strictObject({
  op: z.literal("delete"),
  username: loginSchema,
});

export const bulkOperationSchema = z.discriminatedUnion("op", [upsertOperationSchema, deleteOperationSchema]);

export const bulkRequestSchema = z.strictObject({
  operations: z
    .array(bulkOperationSchema)
    .min(1, { error: "Send at least one operation." })
    .max(MAX_BULK_OPERATIONS, { error: `At most ${MAX_BULK_OPERATIONS} operations in one request.` }),
});

export const patientListQuerySchema = z.strictObject({
  updatedSince: z.iso
    .datetime({ offset: true, error: "Expected an ISO 8601 date-time, e.g. 2026-12-03T12:00:00Z." })
    .optional()
    .describe("Only patients created or changed at or after this time (inclusive)."),
  cursor: z.string().min(1).max(200).optional().describe("nextCursor of the previous page."),
  limit: z.coerce
    .number({ error: `Expected a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .int({ error: `Expected a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .min(1, { error: `Expected a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .max(MAX_PAGE_SIZE, { error: `Expected a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .default(DEFAULT_PAGE_SIZE),
});

export type BulkOperation = z.output<typeof bulkOperationSchema>;
export type PatientListQuery = z.output<typeof patientListQuerySchema>;
