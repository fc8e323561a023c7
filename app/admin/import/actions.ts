"use server";

import { revalidatePath } from "next/cache";
import { describeWriteFailure } from "@/lib/admin/describe-write-failure";
import { requireAdmin } from "@/lib/admin/require-admin";
import { importPatients } from "@/lib/data/patients/import-patients";
import { readPatientCsv, type PatientCsvError } from "@/lib/data/patients/parse-patient-csv";
import { previewImport } from "@/lib/data/patients/preview-import";
import { readCsvUpload } from "./read-csv-upload";
import { MAX_IMPORT_ROWS, type ImportState } from "./import-state";

/**
 * One pass over the file: format errors, duplicates within it and conflicts with the patients
 * already in the table are all found and reported together. With `intent=check` (the first
 * submit) nothing is written: a clean file answers what the import would do, for the admin to
 * confirm. With `intent=import` the file (still chosen in the form) is checked again and written
 * in one statement, all or nothing, with one audit entry naming it.
 */
export async function importPatientsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const admin = await requireAdmin();
  const upload = await readCsvUpload(formData.get("file"));
  if (!upload.ok) return { status: "refused", message: upload.message };
  const { rows, errors } = await readPatientCsv(upload.text);
  if (errors.length === 0 && rows.length === 0) return { status: "refused", message: "The file has no patient rows." };
  if (rows.length + errors.length > MAX_IMPORT_ROWS) {
    return { status: "refused", message: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files.` };
  }
  const { fileName } = upload;
  try {
    const preview = await previewImport(rows);
    const conflicts: PatientCsvError[] = preview.conflicts.map(({ line, patientId, owner }) => ({
      line,
      field: "patientId",
      value: patientId,
      message: `patientId: ${patientId} already belongs to ${owner}.`,
    }));
    const all = [...errors, ...conflicts].sort((a, b) => a.line - b.line);
    if (all.length > 0) return { status: "invalid", fileName, errors: all };
    if (formData.get("intent") !== "import") return { status: "checked", fileName, summary: preview.summary };

    const result = await importPatients(rows, admin.email, fileName);
    if (!result.ok) return { status: "invalid", fileName, errors: result.errors.map((error) => ({ ...error, field: "patientId" })) };
    revalidatePath("/admin", "layout");
    return { status: "imported", fileName, summary: result.summary };
  } catch (error) {
    return { status: "refused", message: describeWriteFailure(error, "the import") };
  }
}
