import { z } from "zod";
import { PAGE_SIZES, readPageSize } from "@/lib/admin/page-size";

/** Trigram indexes need 3 characters; shorter searches match a whole login or patient ID. */
export const SUBSTRING_SEARCH_MIN = 3;
export const PATIENT_SORTS = ["username", "patientId", "displayName", "updatedAt"] as const;
export type PatientSort = (typeof PATIENT_SORTS)[number];
export type SortDirection = "asc" | "desc";

// Anything odd in the URL falls back to the default rather than failing the page.
const schema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  sort: z.enum(PATIENT_SORTS).catch("username"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});

export type PatientListQuery = z.output<typeof schema> & { size: number };
export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's state as it travels in the URL (?q=&page=&sort=&dir=). */
export function readPatientListQuery(params: SearchParams): PatientListQuery {
  const query = schema.parse({ q: first(params.q) ?? "", page: first(params.page), sort: first(params.sort), dir: first(params.dir) });
  return { ...query, size: readPageSize(first(params.size)) };
}

/** The URL for a list state, leaving defaults out so links stay short. */
export function patientListHref(query: PatientListQuery, path = "/admin/patients"): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.page > 1) params.set("page", String(query.page));
  if (query.sort !== "username") params.set("sort", query.sort);
  if (query.dir !== "asc") params.set("dir", query.dir);
  if (query.size !== PAGE_SIZES[0]) params.set("size", String(query.size));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
