import Link from "next/link";
import { patientListHref, type PatientListQuery, type PatientSort } from "@/lib/data/validations/patient-list-query";

/** A column header that sorts by its column; a second click reverses. Sorting starts at page 1. */
export function SortHeader({ query, sort, label, className }: { query: PatientListQuery; sort: PatientSort; label: string; className?: string }) {
  const isActive = query.sort === sort;
  const nextDir = isActive && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={isActive ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-2 ${className ?? ""}`}>
      <Link
        href={patientListHref({ ...query, sort, dir: nextDir, page: 1 })}
        prefetch={false}
        className="inline-flex items-center gap-1 rounded font-medium text-slate-700 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {label}
        <span aria-hidden="true" className={isActive ? "text-slate-900" : "text-slate-300"}>
          {isActive && query.dir === "desc" ? "▼" : "▲"}
        </span>
        <span className="sr-only">{isActive ? `, sorted ${query.dir === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
      </Link>
    </th>
  );
}
