import Link from "next/link";

const LINK =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const CURRENT = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-indigo-600 bg-indigo-600 px-3 py-2 text-sm font-semibold text-white";
const DISABLED = "inline-flex min-h-10 items-center rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-500";

/** The page numbers to show: the first, the last, and two either side of the current one. */
export function pageNumbers(page: number, pageCount: number): (number | "gap")[] {
  const shown = new Set([1, pageCount]);
  for (let at = page - 2; at <= page + 2; at++) if (at >= 1 && at <= pageCount) shown.add(at);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((at, index) => (index > 0 && at - (sorted[index - 1] as number) > 1 ? ["gap" as const, at] : [at]));
}

/**
 * Previous / page numbers (first and last always) / next, and the page-size choice; the page
 * lives in the URL so it can be shared. The caller clamps an out-of-range page first.
 */
export function Pagination({
  label,
  page,
  pageCount,
  hrefFor,
  size,
  sizes,
  hrefForSize,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  size?: number;
  sizes?: readonly number[];
  hrefForSize?: (size: number) => string;
}) {
  const count = Math.max(pageCount, 1);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {count > 1 ? (
        <nav aria-label={label}>
          <ul className="flex flex-wrap items-center gap-1.5">
            <li>
              {page > 1 ? (
                <Link href={hrefFor(page - 1)} className={LINK} rel="prev" prefetch={false}>
                  <span aria-hidden="true">←</span>
                  <span className="sr-only sm:not-sr-only sm:ml-1">Previous</span>
                </Link>
              ) : (
                <span className={DISABLED} aria-hidden="true">←</span>
              )}
            </li>
            {pageNumbers(page, count).map((at, index) =>
              at === "gap" ? (
                <li key={`gap${index}`} aria-hidden="true" className="px-1 text-slate-500">
                  …
                </li>
              ) : (
                <li key={at}>
                  {at === page ? (
                    <span className={CURRENT} aria-current="page">
                      <span className="sr-only">Page </span>
                      {at.toLocaleString("en")}
                    </span>
                  ) : (
                    <Link href={hrefFor(at)} className={LINK} prefetch={false} aria-label={`Page ${at.toLocaleString("en")}${at === count ? ", the last" : ""}`}>
                      {at.toLocaleString("en")}
                    </Link>
                  )}
                </li>
              ),
            )}
            <li>
              {page < count ? (
                <Link href={hrefFor(page + 1)} className={LINK} rel="next" prefetch={false}>
                  <span className="sr-only sm:not-sr-only sm:mr-1">Next</span>
                  <span aria-hidden="true">→</span>
                </Link>
              ) : (
                <span className={DISABLED} aria-hidden="true">→</span>
              )}
            </li>
          </ul>
        </nav>
      ) : (
        <span />
      )}
      {size !== undefined && sizes && hrefForSize && (
        <nav aria-label={`${label}: rows per page`} className="flex items-center gap-1.5 text-sm text-slate-700">
          <span>Per page:</span>
          {sizes.map((option) =>
            option === size ? (
              <span key={option} className="rounded px-2 py-1 font-semibold" aria-current="true">
                {option}
              </span>
            ) : (
              <Link key={option} href={hrefForSize(option)} prefetch={false} className="rounded px-2 py-1 text-indigo-700 underline">
                {option}
              </Link>
            ),
          )}
        </nav>
      )}
    </div>
  );
}
