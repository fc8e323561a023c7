import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { getAdminAccess } from "@/lib/admin/require-admin";
import { isDatabaseUnavailable } from "@/lib/admin/database-unavailable";
import { csvDownloadResponse } from "@/lib/common/csv/csv-download";
import { recordAccess } from "@/lib/data/audit/record-access";
import { countPatients, exportPatients } from "@/lib/data/patients/export-patients";

const HEADER = ["username", "patientId", "displayName"];
const TEXT = { "content-type": "text/plain; charset=utf-8" };

// GET /admin/patients/export?q= — the patient list (or a search's matches) as CSV, for staff only
export async function GET(request: Request): Promise<Response> {
  const access = await getAdminAccess();
  if (access.status === "anonymous") return new Response("Sign in first.\n", { status: 401, headers: TEXT });
  if (access.status === "forbidden") return new Response("Only patient admins may export patients.\n", { status: 403, headers: TEXT });

  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const batches = exportPatients(q);
  // Read the first batch before answering, so an outage is a clear 503 rather than a cut-off file.
  let first: IteratorResult<PatientSnapshot[]>;
  try {
    // Recorded before a row leaves: who exported, which search, how many rows.
    const rowCount = await countPatients(q);
    await recordAccess({ actor: access.admin.email, action: "export_patients", subject: q, rowCount });
    first = await batches.next();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return new Response("The database is unavailable; try the export again in a moment.\n", { status: 503, headers: TEXT });
  }

  // The name says when the file holds only a search's matches, not the whole list.
  const filename = `patients-${q ? "filtered-" : ""}${new Date().toISOString().slice(0, 10)}.csv`;
  return csvDownloadResponse({ header: HEADER, batches, first: first.done ? undefined : first.value, toCells, filename });
}

function toCells(patient: PatientSnapshot) {
  return [patient.username, patient.patientId, patient.displayName];
}
