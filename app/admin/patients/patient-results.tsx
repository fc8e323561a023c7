import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { Pagination } from "@/components/ui/pagination";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { clampPage, PAGE_SIZES } from "@/lib/admin/page-size";
import { requireAdmin } from "@/lib/admin/require-admin";
import { recordAccess } from "@/lib/data/audit/record-access";
import { listPatients } from "@/lib/data/patients/list-patients";
import { SUBSTRING_SEARCH_MIN, patientListHref, type PatientListQuery } from "@/lib/data/validations/patient-list-query";
import { PatientsTable } from "./patients-table";

/**
 * The count, the export, the table and the pages for one list state. A page past the end shows
 * the last page. Each page of a search is recorded in the audit log before it is shown (who
 * searched what, how many matched, which page): each page shows other patients.
 */
export async function PatientResults({ query: asked }: { query: PatientListQuery }) {
  const admin = await requireAdmin();
  let query = asked;
  let { patients, total } = await readOrExplain(() => listPatients(query));
  const page = clampPage(query.page, total, query.size);
  if (page !== query.page) {
    query = { ...query, page };
    ({ patients, total } = await readOrExplain(() => listPatients(query)));
  }
  if (query.q) {
    const detail = { page: query.page, size: query.size };
    await readOrExplain(() => recordAccess({ actor: admin.email, action: "search_patients", subject: query.q, rowCount: total, detail }));
  }
  const count = total.toLocaleString("en");
  const exportHref = `/admin/patients/export${query.q ? `?${new URLSearchParams({ q: query.q })}` : ""}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          <span data-testid="patient-count">
            {query.q ? `${count} ${total === 1 ? "patient matches" : "patients match"} “${query.q}”.` : `${count} ${total === 1 ? "patient" : "patients"} in total.`}
          </span>
          {query.q && query.q.length < SUBSTRING_SEARCH_MIN && (
            <> Searches shorter than {SUBSTRING_SEARCH_MIN} characters match a whole login or patient ID only.</>
          )}
        </p>
        {total > 0 && (
          <a href={exportHref} className={buttonClass("secondary")} download>
            {query.q ? `Export ${count} matching (CSV)` : `Export all ${count} (CSV)`}
          </a>
        )}
      </div>
      {patients.length > 0 ? <PatientsTable patients={patients} query={query} /> : <EmptyState searched={Boolean(query.q)} />}
      <Pagination
        label="Patient pages"
        page={query.page}
        pageCount={Math.ceil(total / query.size)}
        hrefFor={(at) => patientListHref({ ...query, page: at })}
        size={query.size}
        sizes={PAGE_SIZES}
        hrefForSize={(size) => patientListHref({ ...query, page: 1, size })}
      />
    </div>
  );
}

function EmptyState({ searched }: { searched: boolean }) {
  const [title, hint] = searched
    ? ["No patient matches your search.", "Search looks for every word inside logins, patient IDs and names, in any order; check the spelling, or try a part of it."]
    : ["No patients yet.", <>Add one, or <Link key="import" href="/admin/import" className="underline">import a CSV file</Link> of logins and patient IDs.</>];
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-sm text-slate-600">{hint}</p>
    </div>
  );
}
