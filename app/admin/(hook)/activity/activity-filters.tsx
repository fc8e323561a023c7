import Form from "next/form";
import Link from "next/link";
import type { ActivityFilter } from "@/lib/admin/activity/activity-filter";
import { HOOK_OUTCOMES, OUTCOME_TEXT } from "@/lib/admin/activity/hook-outcomes";
import { REFUSAL_TEXT } from "@/lib/admin/activity/refusal-reasons";

const field =
  "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

/** A GET form: the filter lives in the URL, so it can be bookmarked and the back button works. */
export function ActivityFilters({ filter }: { filter: ActivityFilter }) {
  const isFiltered = Boolean(filter.outcome || filter.login);
  return (
    <Form action="/admin/activity" className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label="Filter hook calls">
      <div className="sm:w-56">
        <label htmlFor="activity-outcome" className="text-sm font-medium">
          Outcome
        </label>
        <select id="activity-outcome" name="outcome" defaultValue={filter.outcome ?? ""} className={field}>
          <option value="">All outcomes</option>
          {HOOK_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_TEXT[outcome].label}
            </option>
          ))}
          <option value="refused">Refused (401)</option>
        </select>
        {filter.outcome === "refused" && filter.reason && (
          <>
            <input type="hidden" name="reason" value={filter.reason} />
            <span className="mt-1 block text-xs text-slate-600">Reason: {REFUSAL_TEXT[filter.reason].label}</span>
          </>
        )}
      </div>
      <div className="sm:flex-1">
        <label htmlFor="activity-login" className="text-sm font-medium">
          Login <span className="font-normal text-slate-600">(exact, any case)</span>
        </label>
        <input
          id="activity-login"
          name="login"
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={filter.login ?? ""}
          placeholder="kim.sato@example.com"
          className={field}
        />
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          className="min-h-10 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Filter
        </button>
        {isFiltered && (
          <Link
            href="/admin/activity"
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            Clear
          </Link>
        )}
      </div>
    </Form>
  );
}
