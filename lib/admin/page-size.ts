/** The page sizes a list offers; the first is the default. */
export const PAGE_SIZES = [25, 50, 100] as const;

/** ?size= from the URL, or the default when it is not one of the offered sizes. */
export function readPageSize(value: string | undefined): number {
  const size = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0];
}

/** An out-of-range page shows the last page (or the first, for an empty list). */
export function clampPage(page: number, total: number, size: number): number {
  return Math.min(Math.max(page, 1), Math.max(Math.ceil(total / size), 1));
}
