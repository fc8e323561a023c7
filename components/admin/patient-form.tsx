"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { buttonClass } from "@/components/ui/button-styles";
import type { PatientField, PatientFormState } from "@/lib/data/validations/patient";

type Props = {
  action: (state: PatientFormState, formData: FormData) => Promise<PatientFormState>;
  initial: PatientFormState["values"];
  submitLabel: string;
  pendingLabel: string;
};

/** The patient's fields in form order; each field's value and errors are looked up by its name. */
const FIELDS: { name: PatientField; label: string; hint: string; type?: "email"; spellCheck?: boolean; required?: boolean }[] = [
  {
    name: "username",
    label: "Okta login",
    hint: "The user's Okta username, usually their email address. Saved in lower case.",
    type: "email",
    spellCheck: false,
    required: true,
  },
  {
    name: "patientId",
    label: "Patient ID",
    hint: "The ID the hook puts in the user's tokens. Up to 64 characters.",
    spellCheck: false,
    required: true,
  },
  { name: "displayName", label: "Display name", hint: "Only shown here, to tell patients apart." },
];

/**
 * Create and edit share this form. The server validates with the same zod schema and answers
 * with errors plus what was typed, which goes back in as defaultValue: React resets a form
 * after its action, so the inputs would otherwise come back empty.
 */
export function PatientForm({ action, initial, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(action, { values: initial });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      {state.message && (
        <Notice tone="problem" title="Not saved">
          <p>{state.message}</p>
        </Notice>
      )}
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          {...field}
          autoComplete="off"
          defaultValue={state.values[field.name]}
          errors={errors[field.name]}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        <Link href="/admin/patients" className={buttonClass("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
