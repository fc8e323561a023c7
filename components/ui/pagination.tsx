import Link from "next/link";

const LINK =
  "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const DISABLED = "inline-flex min-h-10 items-center rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-400";

/** Previous / next links with "Page x of y"; the page lives in the URL so it can be shared. */
export function Pagination({
  label,
  page,
  pageCount,
  hrefFor,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, Math.max(pageCount, 1)))} className={LINK} rel="prev" prefetch={false}>
          ← Previous
        </Link>
      ) : (
        <span className={DISABLED} aria-hidden="true">
          ← Previous
        </span>
      )}
      <span className="text-sm text-slate-700" aria-current="page">
        Page {page.toLocaleString("en")} of {Math.max(pageCount, 1).toLocaleString("en")}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={LINK} rel="next" prefetch={false}>
          Next →
        </Link>
      ) : (
        <span className={DISABLED} aria-hidden="true">
          Next →
        </span>
      )}
    </nav>
  );
}
