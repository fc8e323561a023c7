import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { requireAdmin } from "@/lib/admin/require-admin";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import patients" };

const EXAMPLE = `username,patientId,displayName
kim.sato@example.com,6789,Kim Sato
jessie.smith@example.com,1235,"Smith, Jessie"`;

export default async function ImportPage() {
  await requireAdmin();
  return (
    <div className="space-y-8">
      <PageIntro title="Import patients">
        <p>
          Upload a CSV file with the columns <code>username,patientId</code> and optionally <code>displayName</code>; the
          header row is optional. Logins already in the list are updated, new ones are added.
        </p>
        <p>
          Checking the file writes nothing: every problem is listed at once (format errors, rows repeated in the file,
          patient IDs that belong to someone else), with its line, field and value, and can be downloaded. A file
          without problems shows how many patients are new, updated and unchanged; import it to write them all at
          once. A file exported from the patient list imports back as it is.
        </p>
      </PageIntro>
      <div className="space-y-2">
        <h2 id="import-example" className="text-sm font-medium text-slate-900">Example</h2>
        {/* Focusable: on a phone it scrolls sideways, and keyboard users must reach that too. */}
        <pre tabIndex={0} aria-labelledby="import-example" className="max-w-xl overflow-x-auto rounded-md border border-slate-200 bg-white p-3 text-sm focus-visible:outline-2 focus-visible:outline-indigo-600">{EXAMPLE}</pre>
      </div>
      <ImportForm />
    </div>
  );
}
