import type { Metadata } from "next";
import Link from "next/link";
import { PageIntro } from "@/components/ui/page-intro";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { requireAdmin } from "@/lib/admin/require-admin";
import { listPatients } from "@/lib/data/patients/list-patients";
import {
  PATIENT_PAGE_SIZE,
  SUBSTRING_SEARCH_MIN,
  patientListHref,
  readPatientListQuery,
  type SearchParams,
} from "@/lib/data/validations/patient-list-query";
import { readNotice } from "./patient-notice";
import { PatientsTable } from "./patients-table";
import { SearchForm } from "./search-form";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const query = readPatientListQuery(params);
  const notice = readNotice(params);
  const { patients, total } = await readOrExplain(() => listPatients(query));
  const pageCount = Math.ceil(total / PATIENT_PAGE_SIZE);
  const exportHref = `/admin/patients/export${query.q ? `?${new URLSearchParams({ q: query.q })}` : ""}`;

  return (
    <div className="space-y-6">
      <PageIntro title="Patients">
        <p>Users listed here get their patient ID added to their tokens when they sign in with Okta.</p>
      </PageIntro>
      {notice && (
        <Notice tone="ok" title="Done">
          <p>
            <span className="font-medium break-all">{notice.login}</span> {notice.text}
          </p>
        </Notice>
      )}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <SearchForm query={query} />
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/patients/new" className={buttonClass("primary")}>
            Add patient
          </Link>
          <Link href="/admin/import" className={buttonClass("secondary")}>
            Import CSV
          </Link>
          <a href={exportHref} className={buttonClass("secondary")} download>
            Export CSV
          </a>
        </div>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        <span data-testid="patient-count">
          {query.q
            ? `${total.toLocaleString("en")} ${total === 1 ? "patient matches" : "patients match"} “${query.q}”.`
            : `${total.toLocaleString("en")} ${total === 1 ? "patient" : "patients"} in total.`}
        </span>
        {query.q && query.q.length < SUBSTRING_SEARCH_MIN && (
          <> Searches shorter than {SUBSTRING_SEARCH_MIN} characters match a whole login or patient ID only.</>
        )}
      </p>
      {patients.length > 0 ? (
        <PatientsTable patients={patients} query={query} />
      ) : (
        <EmptyState total={total} searched={Boolean(query.q)} />
      )}
      <Pagination
        label="Patient pages"
        page={query.page}
        pageCount={pageCount}
        hrefFor={(page) => patientListHref({ ...query, page })}
      />
    </div>
  );
}

function EmptyState({ total, searched }: { total: number; searched: boolean }) {
  const [title, hint] =
    total > 0
      ? ["This page is past the end of the list.", <Link key="first" href="/admin/patients" className="underline">Go to the first page</Link>]
      : searched
        ? ["No patient matches your search.", "Search looks inside logins, patient IDs and names; check the spelling, or try a part of it."]
        : ["No patients yet.", "Add one, or import a CSV file of logins and patient IDs."];
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-sm text-slate-600">{hint}</p>
    </div>
  );
}
