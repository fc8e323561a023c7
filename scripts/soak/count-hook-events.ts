import type pg from "pg";

type EventCount = { rows: number; withEventId: number; distinctEventIds: number };

/** hook_events rows since `since`; Okta's eventId is unique per call (a bad request has none). */
export async function countEventsSince(pool: pg.Pool, since: Date): Promise<EventCount> {
  const { rows } = await pool.query<{ n: string; with_id: string; ids: string }>(
    "SELECT count(*) AS n, count(event_id) AS with_id, count(DISTINCT event_id) AS ids FROM hook_events WHERE occurred_at >= $1",
    [since],
  );
  return { rows: Number(rows[0]?.n), withEventId: Number(rows[0]?.with_id), distinctEventIds: Number(rows[0]?.ids) };
}

/** Events are written after each response (`after()`): wait until the count stops moving. */
export async function settledEventCount(pool: pg.Pool, since: Date, expected: number): Promise<EventCount> {
  let last: EventCount = { rows: -1, withEventId: -1, distinctEventIds: -1 };
  for (let attempt = 0; attempt < 60; attempt++) {
    const count = await countEventsSince(pool, since);
    if (count.rows >= expected || count.rows === last.rows) return count;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}
