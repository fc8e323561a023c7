import "server-only";
import { getDb } from "@/lib/data/db";
import { type ActivityFilter } from "./activity-filter";

/** Past this many matching calls the total reads "more than"; counting stops there, so it stays quick. */
export const COUNT_CAP = 50_000;

/**
 * One page of recent hook calls, newest first, with only the columns the list shows, and how many
 * calls match (up to COUNT_CAP: counting a month of calls on every view would cost more than the page).
 */
export async function getHookEvents(filter: ActivityFilter) {
  const db = getDb();
  const outcome = filter.outcome && filter.outcome !== "refused" ? filter.outcome : null;
  const where = {
    ...(outcome ? { outcome } : {}),
    ...(filter.login ? { username: filter.login } : {}),
  };
  const counted = db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM hook_events
      WHERE (${outcome}::text IS NULL OR outcome::text = ${outcome}) AND (${filter.login}::text IS NULL OR username = ${filter.login})
      LIMIT ${COUNT_CAP + 1}
    ) matching`;
  const rows = await db.hookEvent.findMany({
    where,
    // occurredAt is indexed (alone and after username); id breaks ties in the same millisecond.
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * filter.size,
    // One extra row tells whether an older page exists without counting the whole table.
    take: filter.size + 1,
    select: {
      id: true,
      occurredAt: true,
      username: true,
      outcome: true,
      httpStatus: true,
      refused: true,
      tokensPatched: true,
      latencyMs: true,
    },
  });
  const total = (await counted)[0]?.total ?? 0;
  return { events: rows.slice(0, filter.size), hasOlder: rows.length > filter.size, total, totalCapped: total > COUNT_CAP };
}

export type HookEventRow = Awaited<ReturnType<typeof getHookEvents>>["events"][number];
