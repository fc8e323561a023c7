import { z } from "zod";
import { MAX_BULK_OPERATIONS } from "@/lib/data/validations/patient-api";

/*
 * What the directory API answers. The handlers' answers are typed by these schemas
 * (lib/api/patients/patient-response.ts, bulk-op.ts, ../problem.ts), and the API reference is
 * generated from them, with the request schemas of lib/data/validations/patient-api.ts.
 */

const isoTime = z.iso.datetime().describe("ISO 8601, UTC, millisecond precision.");

export const patientResourceSchema = z.object({
  id: z.string().describe("The directory's own ID of this record: new when a login is deleted and created again."),
  username: z.string().describe("The Okta login, trimmed and lower-cased (the hook matches sign-ins on it)."),
  patientId: z.string().describe("The external patient identifier the hook adds to the ID token as a claim."),
  displayName: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime.describe("When the patient was created or last changed (ISO 8601, UTC): the order of the list, and what updatedSince compares."),
});

export const patientPageSchema = z.object({
  items: z.array(patientResourceSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});

const count = z.int().min(0).max(MAX_BULK_OPERATIONS);

export const bulkResultSchema = z.object({
  created: count,
  updated: count,
  unchanged: count.describe("Upserts of patients already exactly so: nothing written, nothing audited."),
  deleted: count,
  absent: count.describe("Deletes of logins that were not in the directory."),
});

export const fieldErrorSchema = z.object({
  index: z.int().min(0).optional().describe("The operation's position in a bulk request's operations."),
  field: z.string().describe('The field, e.g. "patientId"; or "body", "operation", "operations", a query parameter.'),
  value: z.unknown().optional().describe("The value as sent."),
  message: z.string(),
});

export const problemSchema = z.object({
  type: z.string().describe("A URI reference to this problem type's description on the API reference page."),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional().describe("Every invalid field of the request (422), or each patient ID that clashes (409)."),
});

export type PatientResource = z.output<typeof patientResourceSchema>;
export type PatientPage = z.output<typeof patientPageSchema>;
export type BulkResult = z.output<typeof bulkResultSchema>;
