import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { requireAdmin } from "@/lib/admin/require-admin";
import { parseActivityFilter } from "@/lib/admin/activity/activity-filter";
import { getHookEvents } from "@/lib/admin/activity/get-hook-events";
import { getHookStats } from "@/lib/admin/activity/get-hook-stats";
import { OUTCOME_TEXT } from "@/lib/admin/activity/hook-outcomes";
import { STATS_WINDOWS } from "@/lib/admin/activity/stats-windows";
import { ActivityFilters } from "./activity-filters";
import { EventsTable } from "./events-table";
import { StatsPanel } from "./stats-panel";

export const metadata: Metadata = { title: "Hook activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivityPage({ searchParams }: Props) {
  await requireAdmin();
  const filter = parseActivityFilter(await searchParams);
  const now = new Date();
  const [{ events, hasOlder }, hour, day] = await Promise.all([
    getHookEvents(filter),
    getHookStats(STATS_WINDOWS.hour, now),
    getHookStats(STATS_WINDOWS.day, now),
  ]);
  const isFiltered = Boolean(filter.outcome || filter.login) || filter.page > 1;

  return (
    <div className="space-y-8">
      <PageIntro title="Hook activity">
        <p>
          Every call Okta made to the token inline hook, recorded just after the hook answered. The records never hold
          the patient ID. Times are UTC.
        </p>
      </PageIntro>

      <div className="space-y-4">
        <StatsPanel id="stats-hour" window={STATS_WINDOWS.hour} activity={hour} />
        <StatsPanel id="stats-day" window={STATS_WINDOWS.day} activity={day} />
        <p className="text-sm text-slate-600">
          The error rate counts calls where the hook could not do its job: {OUTCOME_TEXT.lookup_timeout.label.toLowerCase()}{" "}
          (<code>lookup_timeout</code>), {OUTCOME_TEXT.lookup_error.label.toLowerCase()} (<code>lookup_error</code>) and{" "}
          {OUTCOME_TEXT.bad_request.label.toLowerCase()} (<code>bad_request</code>). A login that is not a patient is a
          correct answer, not an error. Latency is the hook&apos;s own time to answer, from request to response.
        </p>
      </div>

      <section aria-labelledby="calls-heading" className="space-y-4">
        <h2 id="calls-heading" className="text-xl font-semibold">
          Recent calls
        </h2>
        <ActivityFilters filter={filter} />
        {events.length > 0 ? (
          <EventsTable events={events} filter={filter} hasOlder={hasOlder} />
        ) : (
          <p role="status" className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">
            {isFiltered
              ? "No calls match this filter."
              : "No hook calls recorded yet. They appear here once Okta, the local Okta or the hook tester calls the hook."}
          </p>
        )}
      </section>
    </div>
  );
}
