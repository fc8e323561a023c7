"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { describeWriteFailure } from "@/lib/admin/describe-write-failure";
import { requireAdmin } from "@/lib/admin/require-admin";
import { createPatient } from "@/lib/data/patients/create-patient";
import { deletePatient } from "@/lib/data/patients/delete-patient";
import { duplicatePatientField } from "@/lib/data/patients/duplicate-patient-field";
import { updatePatient } from "@/lib/data/patients/update-patient";
import { patientSchema, readPatientForm, type PatientFormState } from "@/lib/data/validations/patient";
import { setNotice, type PatientNotice } from "./patient-notice";

const DUPLICATE_MESSAGES = {
  username: "Another patient already has this login.",
  patientId: "Another patient already has this patient ID.",
} as const;

const duplicate = (field: keyof typeof DUPLICATE_MESSAGES, values: PatientFormState["values"]): PatientFormState => ({
  values,
  fieldErrors: { [field]: [DUPLICATE_MESSAGES[field]] },
});

/** A unique violation (a race the write's own checks lost) belongs next to its field; anything else is a message for the form. */
function failedSave(error: unknown, values: PatientFormState["values"]): PatientFormState {
  const field = duplicatePatientField(error);
  if (field) return duplicate(field, values);
  return { values, message: describeWriteFailure(error, "the patient") };
}

async function done(notice: PatientNotice, login: string): Promise<never> {
  revalidatePath("/admin", "layout");
  redirect(await setNotice(notice, login));
}

export async function createPatientAction(_previous: PatientFormState, formData: FormData): Promise<PatientFormState> {
  const admin = await requireAdmin();
  const values = readPatientForm(formData);
  const parsed = patientSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const created = await createPatient(parsed.data, admin.email);
    if (!created.ok) return duplicate(created.duplicate, values);
  } catch (error) {
    return failedSave(error, values);
  }
  return done("created", parsed.data.username);
}

export async function updatePatientAction(id: string, _previous: PatientFormState, formData: FormData): Promise<PatientFormState> {
  const admin = await requireAdmin();
  const values = readPatientForm(formData);
  const parsed = patientSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  let outcome;
  try {
    outcome = await updatePatient(String(id), parsed.data, admin.email);
  } catch (error) {
    return failedSave(error, values);
  }
  if (outcome === "not_found") return { values, message: "This patient was deleted meanwhile; nothing was saved." };
  if (outcome === "changed_meanwhile") return { values, message: "Someone else saved this patient meanwhile; nothing was saved. Reload the page to see their change." };
  if (typeof outcome === "object") return duplicate(outcome.duplicate, values);
  return done(outcome, parsed.data.username);
}

export async function deletePatientAction(id: string): Promise<{ message?: string }> {
  const admin = await requireAdmin();
  let deleted;
  try {
    deleted = await deletePatient(String(id), admin.email);
  } catch (error) {
    return { message: describeWriteFailure(error, "the deletion") };
  }
  if (!deleted) return { message: "This patient was already deleted." };
  if (deleted === "changed_meanwhile") return { message: "Someone else changed this patient meanwhile; nothing was deleted. Reload the page and try again." };
  return done("deleted", deleted.username);
}
