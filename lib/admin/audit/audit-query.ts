import { z } from "zod";
import { PAGE_SIZES, readPageSize } from "@/lib/admin/page-size";

/** The action filter: a group of actions or one of them. */
export const AUDIT_ACTION_FILTERS = {
  "": "Any action",
  changes: "Changes (added, edited, deleted)",
  create: "Added",
  update: "Edited",
  delete: "Deleted",
  import_file: "Imports",
  access: "Access (opened, searched, previewed, exported)",
  view_patient: "Opened a patient",
  search_patients: "Searched patients",
  preview_claims: "Previewed claims",
  export_patients: "Exported patients",
  export_audit: "Exported the audit log",
} as const;
export type AuditActionFilter = keyof typeof AUDIT_ACTION_FILTERS;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .catch("");

const schema = z.object({
  q: z.string().trim().max(100).catch(""),
  action: z.enum(Object.keys(AUDIT_ACTION_FILTERS) as [AuditActionFilter, ...AuditActionFilter[]]).catch(""),
  actor: z.string().trim().max(100).catch(""),
  from: day,
  to: day,
  batch: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export type AuditQuery = z.output<typeof schema> & { size: number };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** ?q=&action=&actor=&from=&to=&batch=&page=&size= from the URL; odd values fall back to the defaults. */
export function readAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const read = (name: string) => first(params[name]) ?? "";
  const query = schema.parse({
    q: read("q") || read("patient"), // ?patient= was the old filter's name: its links keep working
    action: read("action"),
    actor: read("actor"),
    from: read("from"),
    to: read("to"),
    batch: first(params.batch),
    page: first(params.page),
  });
  return { ...query, size: readPageSize(first(params.size)) };
}

/** True when the log is narrowed by anything: the export's file name says so. */
export function isAuditFiltered(query: AuditQuery): boolean {
  return Boolean(query.q || query.action || query.actor || query.from || query.to || query.batch);
}

/** The URL for a log state, leaving defaults out. */
export function auditHref(query: AuditQuery, path = "/admin/audit"): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.action) params.set("action", query.action);
  if (query.actor) params.set("actor", query.actor);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.batch) params.set("batch", String(query.batch));
  if (query.page > 1) params.set("page", String(query.page));
  if (query.size !== PAGE_SIZES[0]) params.set("size", String(query.size));
  return params.size > 0 ? `${path}?${params}` : path;
}

/** The filters in words, for the export's audit entry and the page's summary line. */
export function describeAuditFilters(query: AuditQuery): string {
  const parts: string[] = [];
  if (query.batch) parts.push(`rows of import #${query.batch}`);
  if (query.action) parts.push(AUDIT_ACTION_FILTERS[query.action].toLowerCase());
  if (query.actor) parts.push(`by “${query.actor}”`);
  if (query.from) parts.push(`from ${query.from}`);
  if (query.to) parts.push(`to ${query.to}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return parts.join(", ");
}
