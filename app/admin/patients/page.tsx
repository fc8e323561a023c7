import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TableSkeleton } from "@/components/admin/table-skeleton";
import { PageIntro } from "@/components/ui/page-intro";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { requireAdmin } from "@/lib/admin/require-admin";
import { readPatientListQuery, type SearchParams } from "@/lib/data/validations/patient-list-query";
import { ClearNotice } from "./clear-notice";
import { NOTICE_COOKIE, readNotice } from "./patient-notice";
import { PatientResults } from "./patient-results";
import { SearchForm } from "./search-form";

export const metadata: Metadata = { title: "Patients" };

/**
 * The heading, the notice, the search box (with what was typed) and the actions render at once;
 * only the results wait for the database, so a search or a page change keeps the page in place.
 */
export default async function PatientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const query = readPatientListQuery(await searchParams);
  const notice = await readNotice();

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
          <ClearNotice name={NOTICE_COOKIE} />
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
        </div>
      </div>
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton label="Loading patients…" />}>
        <PatientResults query={query} />
      </Suspense>
    </div>
  );
}
