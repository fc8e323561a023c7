import Link from "next/link";
import type { AuditEntry } from "@/lib/data/audit/list-audit-log";
import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { formatTime } from "@/lib/common/format-time";

const ACTION_TEXT = { create: "Added", update: "Edited", delete: "Deleted", import: "Imported" } as const;
const FIELDS: [keyof PatientSnapshot, string][] = [
  ["username", "Login"],
  ["patientId", "Patient ID"],
  ["displayName", "Name"],
];

/** Before → after, one line per field that differs (every field for an add or delete). */
function Changes({ before, after }: { before: PatientSnapshot | null; after: PatientSnapshot | null }) {
  const lines = FIELDS.filter(([field]) => before?.[field] !== after?.[field]);
  return (
    <dl className="space-y-0.5">
      {lines.map(([field, label]) => (
        <div key={field} className="flex flex-wrap gap-x-2">
          <dt className="text-slate-500">{label}:</dt>
          <dd className="break-all">
            {before && <del className="text-slate-500">{before[field] ?? "(none)"}</del>}
            {before && after && <span aria-hidden="true"> → </span>}
            {after && <ins className="no-underline">{after[field] ?? "(none)"}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Changes to patients, newest first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">When</th>
            <th scope="col" className="px-3 py-2 font-medium">Change</th>
            <th scope="col" className="px-3 py-2 font-medium">Patient</th>
            <th scope="col" className="px-3 py-2 font-medium">Details</th>
            <th scope="col" className="px-3 py-2 font-medium">By</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatTime(entry.occurredAt)}</td>
              <td className="px-3 py-2">{entry.action === "import" && !entry.before ? "Imported (new)" : ACTION_TEXT[entry.action]}</td>
              <td className="px-3 py-2">
                <Link
                  href={`/admin/audit?${new URLSearchParams({ patient: entry.username })}`}
                  prefetch={false}
                  className="break-all text-indigo-700 hover:underline"
                >
                  {entry.username}
                </Link>
              </td>
              <td className="px-3 py-2">
                <Changes before={entry.before} after={entry.after} />
              </td>
              <td className="px-3 py-2 break-all text-slate-600">{entry.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
