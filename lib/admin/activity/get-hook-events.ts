import "server-only";
import { getDb } from "@/lib/data/db";
import { ACTIVITY_PAGE_SIZE, type ActivityFilter } from "./activity-filter";

/** One page of recent hook calls, newest first, with only the columns the list shows. */
export async function getHookEvents(filter: ActivityFilter) {
  const rows = await getDb().hookEvent.findMany({
    where: {
      ...(filter.outcome && filter.outcome !== "refused" ? { outcome: filter.outcome } : {}),
      ...(filter.login ? { username: filter.login } : {}),
    },
    // occurredAt is indexed (alone and after username); id breaks ties in the same millisecond.
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * ACTIVITY_PAGE_SIZE,
    // One extra row tells whether an older page exists without counting the whole table.
    take: ACTIVITY_PAGE_SIZE + 1,
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
  return { events: rows.slice(0, ACTIVITY_PAGE_SIZE), hasOlder: rows.length > ACTIVITY_PAGE_SIZE };
}

export type HookEventRow = Awaited<ReturnType<typeof getHookEvents>>["events"][number];
