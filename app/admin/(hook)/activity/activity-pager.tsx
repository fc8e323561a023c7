import Link from "next/link";
import { activityFilterQuery, type ActivityFilter } from "@/lib/admin/activity/activity-filter";

const pageLink =
  "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** Newer / Older links under one of Activity's lists, keeping the filter. */
export function ActivityPager({ label, filter, hasOlder }: { label: string; filter: ActivityFilter; hasOlder: boolean }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
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
  );
}
