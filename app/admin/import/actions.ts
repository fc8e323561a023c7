"use server";

import { revalidatePath } from "next/cache";
import { describeWriteFailure } from "@/lib/admin/describe-write-failure";
import { requireAdmin } from "@/lib/admin/require-admin";
import { importPatients } from "@/lib/data/patients/import-patients";
import { readPatientCsv } from "@/lib/data/patients/parse-patient-csv";
import { readCsvUpload } from "./read-csv-upload";
import { MAX_IMPORT_ROWS, SHOWN_ERRORS, type ImportState } from "./import-state";

/** Validates every row first; writes all rows in one transaction only if every row is valid. */
export async function importPatientsAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const admin = await requireAdmin();
  const upload = await readCsvUpload(formData.get("file"));
  if (!upload.ok) return { status: "refused", message: upload.message };
  const { rows, errors } = await readPatientCsv(upload.text);
  if (errors.length === 0 && rows.length === 0) return { status: "refused", message: "The file has no patient rows." };
  if (rows.length + errors.length > MAX_IMPORT_ROWS) {
    return { status: "refused", message: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files.` };
  }
  const invalid = (found: typeof errors): ImportState => ({
    status: "invalid",
    fileName: upload.fileName,
    errors: found.slice(0, SHOWN_ERRORS),
    errorCount: found.length,
  });
  if (errors.length > 0) return invalid(errors);

  let result;
  try {
    result = await importPatients(rows, admin.email);
  } catch (error) {
    return { status: "refused", message: describeWriteFailure(error, "the import") };
  }
  if (!result.ok) return invalid(result.errors);
  revalidatePath("/admin", "layout");
  return { status: "imported", fileName: upload.fileName, summary: result.summary };
}
