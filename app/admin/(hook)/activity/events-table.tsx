import { OutcomeBadge } from "@/components/admin/outcome-badge";
import type { ActivityFilter } from "@/lib/admin/activity/activity-filter";
import { formatMs } from "@/lib/admin/activity/format-stats";
import type { HookEventRow } from "@/lib/admin/activity/get-hook-events";
import { formatTime } from "@/lib/common/format-time";
import { ActivityPager } from "./activity-pager";

const TOKEN_NAMES: Record<string, string> = { id: "ID", access: "access" };

/** Date over time on a phone, one line on wider screens; UTC is said in the column header. */
function TimeCell({ date }: { date: Date }) {
  const [day, time] = formatTime(date).replace(" UTC", "").split(" ");
  return (
    <>
      <span className="block sm:inline">{day}</span> <span className="block sm:inline">{time}</span>
    </>
  );
}

/** Recent hook calls, newest first, with links to newer and older pages. */
export function EventsTable({ events, filter, hasOlder }: { events: HookEventRow[]; filter: ActivityFilter; hasOlder: boolean }) {
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[34rem] text-left text-sm">
          <caption className="sr-only">Recent hook calls, newest first</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Time (UTC)</th>
              <th scope="col" className="px-3 py-2 font-medium">Login</th>
              <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
              <th scope="col" className="px-3 py-2 font-medium">Tokens patched</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Latency</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {events.map((event) => (
              <tr key={event.id}>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  <TimeCell date={event.occurredAt} />
                </td>
                <td className="px-3 py-2 break-all">{event.username ?? <span className="text-slate-500">none</span>}</td>
                <td className="px-3 py-2">
                  <OutcomeBadge outcome={event.outcome} />
                  <span className="ml-2 text-xs text-slate-600 tabular-nums">HTTP {event.httpStatus}</span>
                  {event.refused && <span className="block text-xs text-amber-900">Okta told to refuse the token</span>}
                </td>
                <td className="px-3 py-2">
                  {event.tokensPatched.length ? event.tokensPatched.map((token) => TOKEN_NAMES[token] ?? token).join(", ") : "–"}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMs(event.latencyMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActivityPager label="Pages of hook calls" filter={filter} hasOlder={hasOlder} />
    </div>
  );
}
