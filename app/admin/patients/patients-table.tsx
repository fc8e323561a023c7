import Link from "next/link";
import type { PatientListRow } from "@/lib/data/patients/list-patients";
import { formatTime } from "@/lib/common/format-time";
import type { PatientListQuery } from "@/lib/data/validations/patient-list-query";
import { SortHeader } from "./sort-header";

/**
 * The list; on a phone the last change moves under the login rather than disappearing. Row and sort links
 * are not prefetched: 25 edit pages per view would each cost a request and a session check.
 */
export function PatientsTable({ patients, query }: { patients: PatientListRow[]; query: PatientListQuery }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Patients, sorted by {query.sort}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader query={query} sort="username" label="Okta login" />
            <SortHeader query={query} sort="patientId" label="Patient ID" />
            <SortHeader query={query} sort="displayName" label="Name" />
            <SortHeader query={query} sort="updatedAt" label="Last changed" className="hidden md:table-cell" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {patients.map((patient) => (
            <tr key={patient.id} className="hover:bg-slate-50">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link
                  href={`/admin/patients/${encodeURIComponent(patient.id)}`}
                  prefetch={false}
                  className="break-all text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {patient.username}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-600 md:hidden">Changed {formatTime(patient.updatedAt)}</span>
              </th>
              <td className="px-3 py-2 font-mono break-all">{patient.patientId}</td>
              <td className="px-3 py-2">{patient.displayName ?? <span className="text-slate-400">—</span>}</td>
              <td className="hidden px-3 py-2 whitespace-nowrap text-slate-600 md:table-cell">{formatTime(patient.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
