import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { Pagination } from "@/components/ui/pagination";
import { UrlSearchForm } from "@/components/ui/url-search-form";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/data/audit/list-audit-log";
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
      <UrlSearchForm
        action="/admin/audit"
        inputId="audit-patient"
        name="patient"
        label="Patient"
        placeholder="Exact login or patient ID"
        value={query.patient}
        submitLabel="Filter"
        clearLabel="Show all"
      />
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
