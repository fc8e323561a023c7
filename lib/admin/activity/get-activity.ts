import "server-only";
import { REFUSED, type ActivityFilter } from "./activity-filter";
import { getHookEventGaps, getRefusalMinutes, getRefusalTotals } from "./get-hook-accounting";
import { COUNT_CAP, getHookEvents } from "./get-hook-events";
import { getHookStats } from "./get-hook-stats";
import { STATS_WINDOWS } from "./stats-windows";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Everything the Activity page reads, at once: the list (calls or refusals), both windows, refusals, gaps. */
export async function getActivity(filter: ActivityFilter, now: Date) {
  const list =
    filter.outcome === REFUSED
      ? getRefusalMinutes(filter.page, filter.size, filter.reason ?? null).then((page) => ({ kind: "refusals" as const, ...page }))
      : getHookEvents(filter).then(async (page) => {
          // A page past the end shows the last page (the total is exact below the count cap).
          const last = Math.max(Math.ceil(Math.min(page.total, COUNT_CAP) / filter.size), 1);
          if (page.events.length > 0 || filter.page <= last || page.total === 0) return { kind: "events" as const, page: filter.page, ...page };
          return { kind: "events" as const, page: last, ...(await getHookEvents({ ...filter, page: last })) };
        });
  const [listed, hour, day, refusals, gaps] = await Promise.all([
    list,
    getHookStats(STATS_WINDOWS.hour, now),
    getHookStats(STATS_WINDOWS.day, now),
    getRefusalTotals(new Date(now.getTime() - STATS_WINDOWS.day.seconds * 1000)),
    getHookEventGaps(new Date(now.getTime() - WEEK_MS)),
  ]);
  return { list: listed, hour, day, refusals, gaps };
}
