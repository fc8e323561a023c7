import { Notice } from "@/components/ui/notice";
import { describeOutcomeCounts } from "@/lib/admin/activity/describe-outcome-counts";
import { formatTime } from "@/lib/common/format-time";
import type { getHookCallClock } from "@/lib/hook/call-clock";
import type { getUnwrittenHookRecords } from "@/lib/hook/record-hook-event";

type Props = { unwritten: ReturnType<typeof getUnwrittenHookRecords>; clock: ReturnType<typeof getHookCallClock> };

/** Activity with the database away: says so, as Patients does, and shows what this server still knows. */
export function OutageNotice({ unwritten, clock }: Props) {
  const { waitingEvents, waitingRefusals, notRecorded } = unwritten;
  return (
    <div className="space-y-4" data-activity-outage>
      <Notice tone="problem" title="The database is unavailable">
        <p>
          The recorded calls cannot be read right now. The hook keeps answering Okta (as HOOK_FAILURE_MODE says when a
          lookup fails), and this server keeps the records of its calls waiting, retrying the write, until the
          database is back. Nothing below is lost by waiting.
        </p>
      </Notice>
      <section aria-labelledby="outage-known-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="outage-known-heading" className="text-lg font-semibold">
          What this server knows now
        </h2>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[16rem_1fr]">
          <dt className="font-medium">Call records waiting to be written</dt>
          <dd className="tabular-nums" data-waiting-events>
            {waitingEvents}
          </dd>
          <dt className="font-medium">Refused calls waiting to be counted</dt>
          <dd className="tabular-nums" data-waiting-refusals>
            {waitingRefusals}
          </dd>
          <dt className="font-medium">Calls that will not have a record</dt>
          <dd data-not-recorded={notRecorded?.count ?? 0}>
            {notRecorded
              ? `${notRecorded.count}, from ${formatTime(notRecorded.firstAt)} to ${formatTime(notRecorded.lastAt)} (${describeOutcomeCounts(notRecorded.outcomes)}): stated as one record once the database is back`
              : "none"}
          </dd>
          <dt className="font-medium">Last call to this server</dt>
          <dd>{clock.lastCallAt ? formatTime(clock.lastCallAt) : "none since it started"}</dd>
          <dt className="font-medium">Last authenticated call</dt>
          <dd>{clock.lastAuthenticatedAt ? formatTime(clock.lastAuthenticatedAt) : "none since it started"}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          These are this server&apos;s own counts, held in memory; other instances keep their own.
        </p>
      </section>
    </div>
  );
}
