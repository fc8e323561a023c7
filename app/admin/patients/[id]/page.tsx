import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PatientForm } from "@/components/admin/patient-form";
import { PageIntro } from "@/components/ui/page-intro";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { requireAdmin } from "@/lib/admin/require-admin";
import { recordAccess } from "@/lib/data/audit/record-access";
import { getPatient } from "@/lib/data/patients/get-patient";
import { formatTime } from "@/lib/common/format-time";
import { deletePatientAction, updatePatientAction } from "../actions";
import { DeletePatientDialog } from "./delete-patient-dialog";

export const metadata: Metadata = { title: "Edit patient" };

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const { id } = await params;
  const patient = await readOrExplain(() => getPatient(id));
  // No loading boundary above this page, so an unknown patient is an HTTP 404, not a 200.
  if (!patient) notFound();
  await readOrExplain(() => recordAccess({ actor: admin.email, action: "view_patient", subject: patient.username }));

  return (
    <div className="space-y-8">
      <PageIntro title="Edit patient">
        <p>
          Changes apply from the user&apos;s next sign-in: tokens Okta already issued keep the old claim until they
          expire.
        </p>
      </PageIntro>
      <PatientForm
        action={updatePatientAction.bind(null, patient.id)}
        initial={{ username: patient.username, patientId: patient.patientId, displayName: patient.displayName ?? "" }}
        submitLabel="Save changes"
        pendingLabel="Saving…"
      />
      <p className="text-sm text-slate-600">
        Added {formatTime(patient.createdAt)} · last changed {formatTime(patient.updatedAt)} ·{" "}
        <Link href={`/admin/audit?${new URLSearchParams({ q: patient.username })}`} className="text-indigo-700 underline">
          History
        </Link>
      </p>
      <section aria-labelledby="danger-zone" className="max-w-xl space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-4">
        <h2 id="danger-zone" className="font-medium">
          Delete
        </h2>
        <p className="text-sm text-slate-700">Removes the patient; the hook then adds no claim for this login.</p>
        <DeletePatientDialog action={deletePatientAction.bind(null, patient.id)} login={patient.username} />
      </section>
    </div>
  );
}
