import { z } from "zod";

/** Okta's user profile caps `login` at 100 characters. */
export const LOGIN_MAX = 100;
export const PATIENT_ID_MAX = 64;
export const DISPLAY_NAME_MAX = 200;

/**
 * Stored the way the hook looks it up (lib/hook/resolve-login.ts): trimmed and lower-cased.
 * Okta logins are email-shaped by default; anything else could never match a sign-in.
 */
export const loginSchema = z
  .string({ error: "Enter the user's Okta login." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter the user's Okta login." })
  .max(LOGIN_MAX, { error: `An Okta login has at most ${LOGIN_MAX} characters.` })
  .pipe(z.email({ error: "An Okta login looks like an email address, e.g. kim.sato@example.com." }));

// Line breaks and other control characters would end up in tokens and CSV exports.
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

export const patientIdSchema = z
  .string({ error: "Enter the patient ID." })
  .trim()
  .min(1, { error: "Enter the patient ID." })
  .max(PATIENT_ID_MAX, { error: `A patient ID has at most ${PATIENT_ID_MAX} characters.` })
  .regex(NO_CONTROL_CHARACTERS, { error: "A patient ID cannot contain line breaks or tabs." });

/** Optional: blank means "no name" and is stored as null. */
export const displayNameSchema = z
  .string({ error: "The display name must be text." })
  .trim()
  .max(DISPLAY_NAME_MAX, { error: `A display name has at most ${DISPLAY_NAME_MAX} characters.` })
  .regex(NO_CONTROL_CHARACTERS, { error: "A display name cannot contain line breaks or tabs." })
  .transform((value) => value || null);

/** One schema for the form, the server action and each CSV row. */
export const patientSchema = z.object({
  username: loginSchema,
  patientId: patientIdSchema,
  displayName: displayNameSchema.optional().transform((value) => value ?? null),
});

export type PatientInput = z.output<typeof patientSchema>;
export type PatientField = keyof PatientInput;
export type PatientFieldErrors = Partial<Record<PatientField, string[]>>;

/** What the form posts, with absent fields read as empty (FormData.get gives null). */
export function readPatientForm(formData: FormData): Record<PatientField, string> {
  const text = (name: PatientField) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { username: text("username"), patientId: text("patientId"), displayName: text("displayName") };
}

/** What a patient form's server action answers: errors to show and what was typed, kept. */
export type PatientFormState = {
  values: Record<PatientField, string>;
  fieldErrors?: PatientFieldErrors;
  message?: string;
};
