import type { Metadata } from "next";
import { PageIntro } from "@/components/ui/page-intro";
import { requireAdmin } from "@/lib/admin/require-admin";
import { isDatabaseUnavailable } from "@/lib/admin/database-unavailable";
import { parseActivityFilter } from "@/lib/admin/activity/activity-filter";
import { getActivity } from "@/lib/admin/activity/get-activity";
import { OUTCOME_TEXT } from "@/lib/admin/activity/hook-outcomes";
import { STATS_WINDOWS } from "@/lib/admin/activity/stats-windows";
import { getHookCallClock } from "@/lib/hook/call-clock";
import { getUnwrittenHookRecords } from "@/lib/hook/record-hook-event";
import { ActivityFilters } from "./activity-filters";
import { EventsTable } from "./events-table";
import { GapsTable } from "./gaps-table";
import { OutageNotice } from "./outage-notice";
import { RefusalMinutesTable } from "./refusal-minutes-table";
import { RefusalsSummary } from "./refusals-summary";
import { StatsPanel } from "./stats-panel";

export const metadata: Metadata = { title: "Hook activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const intro = (
  <PageIntro title="Hook activity">
    <p>
      Every call Okta made to the token inline hook: recorded just after the hook answered, counted by reason when it
      was refused (401), or counted in a gap when its record could not be written. The records never hold the patient
      ID. Times are UTC.
    </p>
  </PageIntro>
);

export default async function ActivityPage({ searchParams }: Props) {
  await requireAdmin();
  const filter = parseActivityFilter(await searchParams);
  let activity: Awaited<ReturnType<typeof getActivity>>;
  try {
    activity = await getActivity(filter, new Date());
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return (
      <div className="space-y-8">
        {intro}
        <OutageNotice unwritten={getUnwrittenHookRecords()} clock={getHookCallClock()} />
      </div>
    );
  }
  const { list, hour, day, refusals, gaps } = activity;
  const isFiltered = Boolean(filter.outcome || filter.login) || filter.page > 1;

  return (
    <div className="space-y-8">
      {intro}

      <div className="space-y-4">
        <StatsPanel id="stats-hour" window={STATS_WINDOWS.hour} activity={hour} />
        <StatsPanel id="stats-day" window={STATS_WINDOWS.day} activity={day} />
        <p className="text-sm text-slate-600">
          Calls count every call that reached the hook: recorded, refused (401) and not recorded. The error rate counts
          calls where the hook could not do its job: {OUTCOME_TEXT.lookup_timeout.label.toLowerCase()} (
          <code>lookup_timeout</code>), {OUTCOME_TEXT.lookup_error.label.toLowerCase()} (<code>lookup_error</code>),{" "}
          {OUTCOME_TEXT.bad_request.label.toLowerCase()} (<code>bad_request</code>) and refused calls. A login that is
          not a patient is a correct answer, not an error. Latency is the hook&apos;s own time to answer, from request
          to response, of the recorded calls.
        </p>
      </div>

      <GapsTable gaps={gaps} />
      <RefusalsSummary totals={refusals} />

      <section aria-labelledby="calls-heading" className="space-y-4">
        <h2 id="calls-heading" className="text-xl font-semibold">
          Recent calls
        </h2>
        <ActivityFilters filter={filter} />
        {list.kind === "refusals" && list.minutes.length > 0 ? (
          <RefusalMinutesTable minutes={list.minutes} filter={filter} hasOlder={list.hasOlder} />
        ) : list.kind === "events" && list.events.length > 0 ? (
          <EventsTable events={list.events} filter={{ ...filter, page: list.page }} total={list.total} totalCapped={list.totalCapped} />
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
