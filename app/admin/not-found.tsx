import Link from "next/link";

/** An edit link to a patient that has been deleted meanwhile, or a mistyped admin URL. */
export default function AdminNotFound() {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="text-slate-700">This patient or page does not exist; it may have been deleted.</p>
      <Link href="/admin/patients" className="text-indigo-700 underline">
        Back to the patient list
      </Link>
    </div>
  );
}
