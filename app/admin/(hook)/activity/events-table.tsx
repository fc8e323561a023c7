import { OutcomeBadge } from "@/components/admin/outcome-badge";
import { Pagination } from "@/components/ui/pagination";
import { PAGE_SIZES } from "@/lib/admin/page-size";
import { activityFilterQuery, type ActivityFilter } from "@/lib/admin/activity/activity-filter";
import { formatMs } from "@/lib/admin/activity/format-stats";
import { COUNT_CAP, type HookEventRow } from "@/lib/admin/activity/get-hook-events";
import { formatTime } from "@/lib/common/format-time";

const TOKEN_NAMES: Record<string, string> = { id: "ID", access: "access" };

/** Date and time on one line; UTC is said in the column header. */
function TimeCell({ date }: { date: Date }) {
  const [day, time] = formatTime(date).replace(" UTC", "").split(" ");
  return (
    <>
      <span>{day}</span> <span>{time}</span>
    </>
  );
}

/**
 * Recent hook calls, newest first, with the total and page numbers. On a phone each call is a
 * stacked block (every column kept, each cell labelled), never a table scrolled sideways.
 */
export function EventsTable({ events, filter, total, totalCapped }: { events: HookEventRow[]; filter: ActivityFilter; total: number; totalCapped: boolean }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="activity-total">
        {totalCapped ? `More than ${COUNT_CAP.toLocaleString("en")} calls` : `${total.toLocaleString("en")} ${total === 1 ? "call" : "calls"}`}
        {filter.outcome || filter.login ? " match this filter" : " recorded"}; newest first.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white">
        <table className="stack-table w-full text-left text-sm">
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
                <td data-label="Time (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">
                  <TimeCell date={event.occurredAt} />
                </td>
                <td data-label="Login" className="px-3 py-2 break-all">{event.username ?? <span className="text-slate-500">none</span>}</td>
                <td data-label="Outcome" className="px-3 py-2">
                  <OutcomeBadge outcome={event.outcome} />
                  <span className="ml-2 text-xs text-slate-600 tabular-nums">HTTP {event.httpStatus}</span>
                  {event.refused && <span className="block text-xs text-amber-900">Okta told to refuse the token</span>}
                </td>
                <td data-label="Tokens patched" className="px-3 py-2">
                  {event.tokensPatched.length ? event.tokensPatched.map((token) => TOKEN_NAMES[token] ?? token).join(", ") : "–"}
                </td>
                <td data-label="Latency" className="px-3 py-2 tabular-nums sm:text-right">{formatMs(event.latencyMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        label="Pages of hook calls"
        page={filter.page}
        pageCount={Math.ceil(Math.min(total, COUNT_CAP) / filter.size)}
        hrefFor={(page) => `/admin/activity${activityFilterQuery({ ...filter, page })}`}
        size={filter.size}
        sizes={PAGE_SIZES}
        hrefForSize={(size) => `/admin/activity${activityFilterQuery({ ...filter, page: 1, size })}`}
      />
    </div>
  );
}
