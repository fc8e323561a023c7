import { z } from "zod";

const schema = z.object({
  client: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export type ApiClientsQuery = z.output<typeof schema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** ?client=&page= from the URL; odd values fall back to the defaults. */
export function readApiClientsQuery(params: Record<string, string | string[] | undefined>): ApiClientsQuery {
  return schema.parse({ client: first(params.client) ?? "", page: first(params.page) });
}

export function apiClientsHref({ client, page }: ApiClientsQuery): string {
  const params = new URLSearchParams();
  if (client) params.set("client", client);
  if (page > 1) params.set("page", String(page));
  return params.size > 0 ? `/admin/api-clients?${params}` : "/admin/api-clients";
}
