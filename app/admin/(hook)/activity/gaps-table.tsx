import { describeOutcomeCounts } from "@/lib/admin/activity/describe-outcome-counts";
import type { HookEventGapRow } from "@/lib/admin/activity/get-hook-accounting";
import { formatTime } from "@/lib/common/format-time";

/** Outage windows: calls that reached the hook while their records could not be written. */
export function GapsTable({ gaps }: { gaps: HookEventGapRow[] }) {
  return (
    <section aria-labelledby="gaps-heading" className="space-y-3">
      <h2 id="gaps-heading" className="text-xl font-semibold">
        Outages and calls not recorded
      </h2>
      <p className="text-sm text-slate-600">
        While the database was unavailable, the hook still answered every call and kept its record waiting, retrying
        the write. Each outage is listed from the first failed write to the last; calls whose record could not be kept
        (too many waiting, or the database away too long) are counted with it: how many, with which outcomes. Their
        logins and latencies are not kept.
      </p>
      {gaps.length === 0 ? (
        <p className="text-sm text-slate-700">None in the last 7 days: every call has its record, written in time.</p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">Database outages and the hook calls not recorded, newest first</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">From (UTC)</th>
                <th scope="col" className="px-3 py-2 font-medium">To (UTC)</th>
                <th scope="col" className="px-3 py-2 sm:text-right font-medium">Calls not recorded</th>
                <th scope="col" className="px-3 py-2 font-medium">Outcomes</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {gaps.map((gap) => (
                <tr key={gap.id} data-gap-calls={gap.calls}>
                  <td data-label="From (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(gap.firstAt)}</td>
                  <td data-label="To (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(gap.lastAt)}</td>
                  <td data-label="Calls not recorded" className="px-3 py-2 sm:text-right tabular-nums">{gap.calls}</td>
                  <td data-label="Outcomes" className="px-3 py-2">
                    {gap.calls > 0 ? describeOutcomeCounts(gap.outcomes) : "None lost: every waiting record was written late"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
