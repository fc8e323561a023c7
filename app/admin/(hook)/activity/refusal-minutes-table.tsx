import Link from "next/link";
import { activityFilterQuery, type ActivityFilter } from "@/lib/admin/activity/activity-filter";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";
import type { HookRefusalReason } from "@/generated/prisma/enums";
import { formatTime } from "@/lib/common/format-time";

type Minute = { minute: Date; reason: HookRefusalReason; count: number; lastAt: Date };

const pageLink =
  "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** The "Refused" filter's list: refused calls per minute and reason, newest first. */
export function RefusalMinutesTable({ minutes, filter, hasOlder }: { minutes: Minute[]; filter: ActivityFilter; hasOlder: boolean }) {
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[30rem] text-left text-sm">
          <caption className="sr-only">Refused hook calls per minute, newest first</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Minute (UTC)</th>
              <th scope="col" className="px-3 py-2 font-medium">Reason</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Calls</th>
              <th scope="col" className="px-3 py-2 font-medium">Last (UTC)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {minutes.map((row) => (
              <tr key={`${row.minute.toISOString()} ${row.reason}`}>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(row.minute).slice(0, 16)}</td>
                <td className="px-3 py-2">{REFUSAL_TEXT[row.reason].label}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.count}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(row.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages of refused calls" className="flex flex-wrap items-center gap-3">
        {filter.page > 1 && (
          <Link href={`/admin/activity${activityFilterQuery({ ...filter, page: filter.page - 1 })}`} className={pageLink}>
            ← Newer
          </Link>
        )}
        <span className="text-sm text-slate-600">Page {filter.page}</span>
        {hasOlder && (
          <Link href={`/admin/activity${activityFilterQuery({ ...filter, page: filter.page + 1 })}`} className={pageLink}>
            Older →
          </Link>
        )}
      </nav>
    </div>
  );
}
