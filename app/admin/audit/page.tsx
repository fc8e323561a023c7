import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/hook/page-intro";
import { buttonClass } from "@/components/ui/button-styles";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/audit/list-audit-log";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { requireAdmin } from "@/lib/admin/require-admin";
import { AuditTable } from "./audit-table";
import { readAuditQuery, auditHref } from "./audit-query";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = readAuditQuery(await searchParams);
  const { entries, total } = await readOrExplain(() => listAuditLog(query));

  return (
    <div className="space-y-6">
      <PageIntro title="Audit log">
        <p>
          Every change to the patient list (added, edited, deleted, imported), who made it and when, with the values
          before and after. Newest first; times are UTC.
        </p>
      </PageIntro>
      <form role="search" action="/admin/audit" className="flex w-full max-w-md flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="audit-patient" className="block text-sm font-medium text-slate-900">
            Patient
          </label>
          <input
            id="audit-patient"
            name="patient"
            type="search"
            defaultValue={query.patient}
            maxLength={100}
            placeholder="Exact login or patient ID"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600"
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        {query.patient && (
          <Link href="/admin/audit" className="min-h-10 self-center px-1 text-sm text-indigo-700 underline">
            Show all
          </Link>
        )}
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {total.toLocaleString("en")} {total === 1 ? "change" : "changes"}
        {query.patient && <> for “{query.patient}”</>}.
      </p>
      {entries.length > 0 ? (
        <AuditTable entries={entries} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          {query.patient ? "No changes recorded for this login or patient ID." : "No changes recorded yet."}
        </div>
      )}
      <Pagination
        label="Audit log pages"
        page={query.page}
        pageCount={Math.ceil(total / AUDIT_PAGE_SIZE)}
        hrefFor={(page) => auditHref({ ...query, page })}
      />
    </div>
  );
}
