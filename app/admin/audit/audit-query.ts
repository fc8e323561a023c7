import { z } from "zod";

const schema = z.object({
  patient: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export type AuditQuery = z.output<typeof schema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** ?patient=&page= from the URL; odd values fall back to the defaults. */
export function readAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return schema.parse({ patient: first(params.patient) ?? "", page: first(params.page) });
}

export function auditHref({ patient, page }: AuditQuery): string {
  const params = new URLSearchParams();
  if (patient) params.set("patient", patient);
  if (page > 1) params.set("page", String(page));
  return params.size > 0 ? `/admin/audit?${params}` : "/admin/audit";
}
