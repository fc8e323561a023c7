import type { ActivityFilter } from "@/lib/admin/activity/activity-filter";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";
import type { HookRefusalReason } from "@/generated/prisma/enums";
import { formatTime } from "@/lib/common/format-time";
import { ActivityPager } from "./activity-pager";

type Minute = { minute: Date; reason: HookRefusalReason; count: number; lastAt: Date };


/** The "Refused" filter's list: refused calls per minute and reason, newest first. */
export function RefusalMinutesTable({ minutes, filter, hasOlder }: { minutes: Minute[]; filter: ActivityFilter; hasOlder: boolean }) {
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-slate-200 bg-white">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Refused hook calls per minute, newest first</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Minute (UTC)</th>
              <th scope="col" className="px-3 py-2 font-medium">Reason</th>
              <th scope="col" className="px-3 py-2 sm:text-right font-medium">Calls</th>
              <th scope="col" className="px-3 py-2 font-medium">Last (UTC)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {minutes.map((row) => (
              <tr key={`${row.minute.toISOString()} ${row.reason}`}>
                <td data-label="Minute (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(row.minute).slice(0, 16)}</td>
                <td data-label="Reason" className="px-3 py-2">{REFUSAL_TEXT[row.reason].label}</td>
                <td data-label="Calls" className="px-3 py-2 sm:text-right tabular-nums">{row.count}</td>
                <td data-label="Last (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(row.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActivityPager label="Pages of refused calls" filter={filter} hasOlder={hasOlder} />
    </div>
  );
}
