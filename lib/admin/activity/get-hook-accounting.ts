import "server-only";
import type { HookRefusalReason } from "@/generated/prisma/enums";
import { getDb } from "@/lib/data/db";

/** A stated gap: calls that happened but whose rows could not be written. */
export type HookEventGapRow = { id: number; firstAt: Date; lastAt: Date; calls: number; outcomes: Record<string, number>; recordedAt: Date };

function toGapRow(row: { id: number; firstAt: Date; lastAt: Date; calls: number; outcomes: unknown; recordedAt: Date }): HookEventGapRow {
  const outcomes = typeof row.outcomes === "object" && row.outcomes !== null ? (row.outcomes as Record<string, number>) : {};
  return { ...row, outcomes };
}

const GAP_SELECT = { id: true, firstAt: true, lastAt: true, calls: true, outcomes: true, recordedAt: true } as const;

/** Gaps whose calls reach into the window (since `since`), newest first. */
export async function getHookEventGaps(since: Date, take = 20): Promise<HookEventGapRow[]> {
  const rows = await getDb().hookEventGap.findMany({ where: { lastAt: { gte: since } }, orderBy: { lastAt: "desc" }, take, select: GAP_SELECT });
  return rows.map(toGapRow);
}

/** Gaps that cover a moment (give or take `slackSeconds`): the calls of that moment may be among them. */
export async function getGapsCovering(at: Date, slackSeconds: number): Promise<HookEventGapRow[]> {
  const slack = slackSeconds * 1000;
  const rows = await getDb().hookEventGap.findMany({
    where: { firstAt: { lte: new Date(at.getTime() + slack) }, lastAt: { gte: new Date(at.getTime() - slack) } },
    orderBy: { lastAt: "desc" },
    select: GAP_SELECT,
  });
  return rows.map(toGapRow);
}

export type RefusalTotal = { reason: HookRefusalReason; count: number; lastAt: Date };

/** Refused calls between two times, by reason, most first. */
export async function getRefusalTotals(since: Date, until?: Date): Promise<RefusalTotal[]> {
  const rows = await getDb().hookRefusal.groupBy({
    by: ["reason"],
    where: { lastAt: { gte: since }, ...(until ? { minute: { lte: until } } : {}) },
    _sum: { count: true },
    _max: { lastAt: true },
  });
  return rows
    .map((row) => ({ reason: row.reason, count: row._sum.count ?? 0, lastAt: row._max.lastAt ?? since }))
    .sort((a, b) => b.count - a.count);
}

/** One page of per-minute refusal counts, newest first (Activity's "Refused" filter). */
export async function getRefusalMinutes(page: number, pageSize: number, reason: HookRefusalReason | null) {
  const rows = await getDb().hookRefusal.findMany({
    where: reason ? { reason } : {},
    orderBy: [{ minute: "desc" }, { reason: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    select: { minute: true, reason: true, count: true, lastAt: true },
  });
  return { minutes: rows.slice(0, pageSize), hasOlder: rows.length > pageSize };
}

/** When the last call of any kind reached the hook, and the last authenticated one, as recorded. */
export async function getLastRecordedCalls(): Promise<{ lastCallAt: Date | null; lastAuthenticatedAt: Date | null }> {
  const db = getDb();
  const [event, refusal, gap] = await Promise.all([
    db.hookEvent.aggregate({ _max: { occurredAt: true } }),
    db.hookRefusal.aggregate({ _max: { lastAt: true } }),
    db.hookEventGap.aggregate({ _max: { lastAt: true } }),
  ]);
  const authenticated = latest(event._max.occurredAt, gap._max.lastAt);
  return { lastCallAt: latest(authenticated, refusal._max.lastAt), lastAuthenticatedAt: authenticated };
}

export function latest(...dates: (Date | null | undefined)[]): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}
