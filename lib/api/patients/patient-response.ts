import type { PatientRecord } from "@/lib/data/patients/patient-record";
import type { PatientResource } from "../openapi/response-schemas";
import { etagHeader } from "../preconditions";

/** A patient as the API shows it (its ETag travels in the header, not the body). */
export const patientJson = (record: PatientRecord): PatientResource => ({
  id: record.id,
  username: record.username,
  patientId: record.patientId,
  displayName: record.displayName,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

const JSON_HEADERS = { "content-type": "application/json", "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** One patient, with its ETag for a later If-Match, and where it lives when just created. */
export function patientResponse(record: PatientRecord, status = 200): Response {
  const headers: Record<string, string> = { etag: etagHeader(record.etag) };
  if (status === 201) headers.location = `/api/v1/patients/${encodeURIComponent(record.username)}`;
  return jsonResponse(patientJson(record), status, headers);
}
