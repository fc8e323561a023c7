import { z } from "zod";
import type { HookOutcome, HookRefusalReason } from "@/generated/prisma/enums";
import { normalizeLogin } from "@/lib/hook/resolve-login";
import { PAGE_SIZES, readPageSize } from "@/lib/admin/page-size";
import { HOOK_OUTCOMES } from "./hook-outcomes";
import { REFUSAL_REASONS } from "./refusal-reasons";

/** "refused": the calls answered 401, counted per minute and reason (they have no login or row). */
export const REFUSED = "refused";

export type ActivityFilter = {
  outcome: HookOutcome | typeof REFUSED | null;
  /** With outcome "refused" only: one reason. */
  reason?: HookRefusalReason | null;
  /** Normalised as the hook stores it, so the (username, occurredAt) index serves the filter. */
  login: string | null;
  /** 1-based. */
  page: number;
  /** Rows a page (one of PAGE_SIZES). */
  size: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// A hand-edited URL must never break the page: anything unusable means "no filter" or page 1.
const schema = z.object({
  outcome: z.enum([REFUSED, ...HOOK_OUTCOMES]).nullable().catch(null),
  reason: z.enum(REFUSAL_REASONS as [HookRefusalReason, ...HookRefusalReason[]]).nullable().catch(null),
  login: z
    .string()
    .transform(normalizeLogin)
    .pipe(z.string().min(1).max(320))
    .nullable()
    .catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The activity list's filter from the URL (`?outcome=…&login=…&page=…&size=…`). */
export function parseActivityFilter(params: SearchParams): ActivityFilter {
  const { reason, ...filter } = schema.parse({
    outcome: first(params.outcome) ?? null,
    reason: first(params.reason) ?? null,
    login: first(params.login) ?? null,
    page: first(params.page) ?? 1,
  });
  const size = readPageSize(first(params.size));
  return filter.outcome === REFUSED && reason ? { ...filter, reason, size } : { ...filter, size };
}

/** The query string for a filter, leaving out defaults so URLs stay short. */
export function activityFilterQuery(filter: ActivityFilter): string {
  const query = new URLSearchParams();
  if (filter.outcome) query.set("outcome", filter.outcome);
  if (filter.outcome === REFUSED && filter.reason) query.set("reason", filter.reason);
  if (filter.login) query.set("login", filter.login);
  if (filter.page > 1) query.set("page", String(filter.page));
  if (filter.size !== PAGE_SIZES[0]) query.set("size", String(filter.size));
  const text = query.toString();
  return text ? `?${text}` : "";
}
