import type { Metadata } from "next";
import { PatientForm } from "@/components/admin/patient-form";
import { PageIntro } from "@/components/ui/page-intro";
import { requireAdmin } from "@/lib/admin/require-admin";
import { createPatientAction } from "../actions";

export const metadata: Metadata = { title: "Add patient" };

export default async function NewPatientPage() {
  await requireAdmin();
  return (
    <div className="space-y-8">
      <PageIntro title="Add patient">
        <p>From their next sign-in, Okta asks the hook and the user&apos;s ID token carries this patient ID.</p>
      </PageIntro>
      <PatientForm
        action={createPatientAction}
        initial={{ username: "", patientId: "", displayName: "" }}
        submitLabel="Add patient"
        pendingLabel="Adding…"
      />
    </div>
  );
}
