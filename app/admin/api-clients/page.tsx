import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { Pagination } from "@/components/ui/pagination";
import { readOrExplain } from "@/lib/admin/database-unavailable";
import { requireAdmin } from "@/lib/admin/require-admin";
import { getApiSettings } from "@/lib/api/api-settings";
import { API_CHANGES_PAGE_SIZE, listApiClientChanges, listApiClients } from "@/lib/data/audit/list-api-client-changes";
import { apiClientsHref, readApiClientsQuery } from "./api-clients-query";
import { ChangesTable } from "./changes-table";
import { ClientsTable } from "./clients-table";
import { OktaSetupSteps } from "./okta-setup-steps";

export const metadata: Metadata = { title: "API clients" };

export default async function ApiClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = readApiClientsQuery(await searchParams);
  const [clients, { changes, total }] = await readOrExplain(() => Promise.all([listApiClients(), listApiClientChanges(query)]));
  const { verification } = getApiSettings();

  return (
    <div className="space-y-6">
      <PageIntro title="API clients">
        <p>
          Systems that keep the patient list current through the{" "}
          <a className="text-indigo-700 underline" href="/api-reference">
            patient directory API
          </a>
          , identified by their Okta client ID: what each changed, and when. Times are UTC.
        </p>
      </PageIntro>
      {clients.length > 0 ? (
        <ClientsTable clients={clients} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">No API client has changed a patient yet.</div>
      )}
      {clients.length > 0 ? (
        <section aria-labelledby="api-changes" className="space-y-3">
          <h2 id="api-changes" className="text-xl font-semibold">
            {query.client ? <>Changes by {query.client}</> : "Changes by API clients"}
          </h2>
          <p className="text-sm text-slate-700" aria-live="polite">
            {total.toLocaleString("en")} {total === 1 ? "change" : "changes"}.{" "}
            {query.client ? (
              <a className="text-indigo-700 underline" href="/admin/api-clients">
                Show every client&apos;s
              </a>
            ) : null}
          </p>
          {changes.length > 0 ? <ChangesTable changes={changes} /> : null}
          <Pagination label="API changes pages" page={query.page} pageCount={Math.ceil(total / API_CHANGES_PAGE_SIZE)} hrefFor={(page) => apiClientsHref({ ...query, page })} />
        </section>
      ) : null}
      <OktaSetupSteps issuer={verification?.issuer ?? null} audience={verification?.audience ?? "api://default"} />
    </div>
  );
}
