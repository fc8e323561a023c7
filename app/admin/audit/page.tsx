import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { PageIntro } from "@/components/ui/page-intro";
import { Pagination } from "@/components/ui/pagination";
import { auditHref, describeAuditFilters, isAuditFiltered, readAuditQuery } from "@/lib/admin/audit/audit-query";
import { PAGE_SIZES } from "@/lib/admin/page-size";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { requireAdmin } from "@/lib/admin/require-admin";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { AuditEntries } from "./audit-entries";
import { AuditFilters } from "./audit-filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = readAuditQuery(await searchParams);
  const { entries, total, page, rowsOf } = await readOrExplain(() => listAuditLog(query));
  const filtered = isAuditFiltered(query);
  const exportHref = auditHref({ ...query, page: 1, size: PAGE_SIZES[0] }, "/admin/audit/export");
  const count = total.toLocaleString("en");

  return (
    <div className="space-y-6">
      <PageIntro title="Audit log">
        <p>
          Every change to the patient list (added, edited, deleted, and each import as one entry with its rows), and every
          access to patient data: a patient opened, a search, a login&apos;s claims previewed, an export. Who, when and
          what; newest first; times are UTC.
        </p>
      </PageIntro>
      {query.batch && (
        <p>
          <Link href="/admin/audit?action=import_file" className="text-indigo-700 underline">
            ← All imports
          </Link>
        </p>
      )}
      <AuditFilters query={query} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="audit-count">
          {count} {total === 1 ? "entry" : "entries"}
          {filtered && <>: {describeAuditFilters(query)}</>}.
        </p>
        {total > 0 && (
          <a href={exportHref} download className={buttonClass("secondary")}>
            {filtered ? `Export ${count} matching (CSV)` : `Export all ${count} (CSV)`}
          </a>
        )}
      </div>
      {entries.length > 0 ? (
        <AuditEntries entries={entries} rowsOf={rowsOf} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          {filtered ? "No entries match these filters." : "Nothing recorded yet."}
        </div>
      )}
      <Pagination
        label="Audit log pages"
        page={page}
        pageCount={Math.ceil(total / query.size)}
        hrefFor={(at) => auditHref({ ...query, page: at })}
        size={query.size}
        sizes={PAGE_SIZES}
        hrefForSize={(size) => auditHref({ ...query, page: 1, size })}
      />
    </div>
  );
}
