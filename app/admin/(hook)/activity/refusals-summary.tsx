import Link from "next/link";
import type { RefusalTotal } from "@/lib/admin/activity/get-hook-accounting";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";
import { formatTime } from "@/lib/common/format-time";

/** Calls refused with 401 in the last 24 hours, by reason, with what to fix. */
export function RefusalsSummary({ totals }: { totals: RefusalTotal[] }) {
  const refused = totals.reduce((sum, total) => sum + total.count, 0);
  return (
    <section aria-labelledby="refusals-heading" className="space-y-3">
      <h2 id="refusals-heading" className="text-xl font-semibold">
        Refused calls (401) in the past day
      </h2>
      {refused === 0 ? (
        <p className="text-sm text-slate-700">None: every call that reached the hook was authenticated.</p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">Refused hook calls by reason</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Reason</th>
                <th scope="col" className="px-3 py-2 sm:text-right font-medium">Calls</th>
                <th scope="col" className="px-3 py-2 font-medium">Last (UTC)</th>
                <th scope="col" className="px-3 py-2 font-medium">What to check</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {totals.map((total) => (
                <tr key={total.reason} data-refusal-reason={total.reason}>
                  <td data-label="Reason" className="px-3 py-2">
                    <Link href={`/admin/activity?outcome=refused&reason=${total.reason}`} className="underline">
                      {REFUSAL_TEXT[total.reason].label}
                    </Link>
                  </td>
                  <td data-label="Calls" className="px-3 py-2 sm:text-right tabular-nums" data-refusal-count>
                    {total.count}
                  </td>
                  <td data-label="Last (UTC)" className="px-3 py-2 whitespace-nowrap tabular-nums">{formatTime(total.lastAt)}</td>
                  <td data-label="What to check" className="px-3 py-2 text-slate-700">{REFUSAL_TEXT[total.reason].fix}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-slate-600">
        Refused calls are counted per minute and reason only: no body, login or credential is kept.
      </p>
    </section>
  );
}
