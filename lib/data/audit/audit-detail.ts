/** An import_file entry's detail: what the file did (written by lib/data/patients/patient-write-sql.ts). */
export type ImportCounts = { created: number; updated: number; unchanged: number };

/** A search_patients entry's detail: which page of the matches was shown (1 = the first), at how many a page. */
export type SearchPage = { page: number; size: number };

/** audit_logs.detail (JSON): the facts of an entry that have no column of their own. */
export type AuditDetail = ImportCounts | SearchPage;

type Detailed = { action: string; detail: AuditDetail | null };

/** An import_file entry's counts (zeros if missing). */
export function importCountsOf(entry: Detailed): ImportCounts {
  const detail = entry.action === "import_file" && entry.detail && "created" in entry.detail ? entry.detail : null;
  return { created: detail?.created ?? 0, updated: detail?.updated ?? 0, unchanged: detail?.unchanged ?? 0 };
}

/**
 * The page a search_patients entry records. Entries written before pages were recorded have no
 * detail: back then only a search's first page was recorded, so they are page 1 (size unknown).
 */
export function searchPageOf(entry: Detailed): { page: number; size: number | null } | null {
  if (entry.action !== "search_patients") return null;
  return entry.detail && "page" in entry.detail ? { page: entry.detail.page, size: entry.detail.size ?? null } : { page: 1, size: null };
}
