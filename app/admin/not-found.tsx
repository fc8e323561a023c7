import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

/** An edit link to a patient deleted meanwhile, or a mistyped admin URL: HTTP 404, inside the admin. */
export default function AdminNotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">Error 404 · Not found</p>
      <h1 className="text-2xl font-semibold tracking-tight">This patient or page does not exist</h1>
      <p className="text-slate-700">It may have been deleted; the audit log says when and by whom.</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/admin/patients" className="text-indigo-700 underline">
          Back to the patient list
        </Link>
        <Link href="/admin/audit?action=changes" className="text-indigo-700 underline">
          Recent changes
        </Link>
      </div>
    </div>
  );
}
