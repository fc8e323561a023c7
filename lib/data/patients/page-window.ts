export type PageWindow = { reversed: boolean; limit: number; offset: number };

/**
 * Where to read one page of `total` rows. OFFSET makes the database step over every row before
 * the page, so past the middle it is cheaper to read the order backwards from the end and flip
 * the rows: the last page then costs what the first does. Requires an order that reverses
 * exactly (a unique key, or ties broken by id).
 */
export function pageWindow(offset: number, total: number, pageSize: number): PageWindow {
  if (offset <= total / 2 || offset >= total) return { reversed: false, limit: pageSize, offset };
  const limit = Math.min(pageSize, total - offset);
  return { reversed: true, limit, offset: total - offset - limit };
}
