import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import type { PatientListQuery } from "@/lib/validations/patient-list-query";

/** A plain GET form: the search lands in the URL (?q=), works without JavaScript and can be shared. */
export function SearchForm({ query }: { query: PatientListQuery }) {
  return (
    <form role="search" action="/admin/patients" className="flex w-full max-w-md flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="patient-search" className="block text-sm font-medium text-slate-900">
          Search patients
        </label>
        <input
          id="patient-search"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={100}
          placeholder="Login, patient ID or name"
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600"
        />
      </div>
      {/* Keep the chosen order while searching; the page goes back to 1. */}
      {query.sort !== "username" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
      {query.q && (
        <Link href={`/admin/patients`} className="min-h-10 self-center px-1 text-sm text-indigo-700 underline">
          Clear
        </Link>
      )}
    </form>
  );
}
