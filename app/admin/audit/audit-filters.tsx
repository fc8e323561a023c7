import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { AUDIT_ACTION_FILTERS, isAuditFiltered, type AuditQuery } from "@/lib/admin/audit/audit-query";

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600";
const LABEL = "block text-sm font-medium text-slate-900";

/** Search, action, person and date range: a plain GET form, so a filtered log is a link to share. */
export function AuditFilters({ query }: { query: AuditQuery }) {
  return (
    <form role="search" action="/admin/audit" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="sm:col-span-2">
        <label htmlFor="audit-q" className={LABEL}>
          Search
        </label>
        <input id="audit-q" name="q" type="search" defaultValue={query.q} maxLength={100} placeholder="Login, patient ID, file or search text" className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-action" className={LABEL}>
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={query.action} className={FIELD}>
          {Object.entries(AUDIT_ACTION_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className={LABEL}>
          Person
        </label>
        <input id="audit-actor" name="actor" type="search" defaultValue={query.actor} maxLength={100} placeholder="Who acted" className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-from" className={LABEL}>
          From (UTC)
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={query.from} className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-to" className={LABEL}>
          To (UTC)
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={query.to} className={FIELD} />
      </div>
      {query.batch && <input type="hidden" name="batch" value={query.batch} />}
      {query.size !== 25 && <input type="hidden" name="size" value={query.size} />}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        {isAuditFiltered(query) && (
          <Link href="/admin/audit" className="text-sm text-indigo-700 underline">
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
