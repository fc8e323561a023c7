/**
 * Calls whose record could not be written (the queue was full, or the database stayed away past
 * the retry policy): counted here, in memory, by outcome and time span, until one `hook_event_gaps`
 * row can state them. Nothing else about those calls is kept (no login, no event ID). Failed writes
 * widen the span too, so an outage whose rows were all written late is still stated (0 calls).
 */
export type UnrecordedCalls = {
  count: number;
  /** outcome (or `refused:<reason>` for a refused call) → calls */
  outcomes: Record<string, number>;
  firstAt: Date;
  lastAt: Date;
};

export function createUnrecordedTally() {
  let tally: UnrecordedCalls | null = null;

  function add(outcome: string, occurredAt: Date, count = 1) {
    if (!tally) {
      tally = { count: 0, outcomes: {}, firstAt: occurredAt, lastAt: occurredAt };
    }
    tally.count += count;
    tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + count;
    if (occurredAt < tally.firstAt) tally.firstAt = occurredAt;
    if (occurredAt > tally.lastAt) tally.lastAt = occurredAt;
  }

  return {
    add,
    /** The database failed a write at `at`: the window grows, no call is counted (its row still waits). */
    touch(at: Date) {
      if (!tally) tally = { count: 0, outcomes: {}, firstAt: at, lastAt: at };
      else if (at > tally.lastAt) tally.lastAt = at;
      else if (at < tally.firstAt) tally.firstAt = at;
    },
    /** Takes the tally out (to write it); `restore` puts it back if the write fails. */
    take(): UnrecordedCalls | null {
      const taken = tally;
      tally = null;
      return taken;
    },
    restore(taken: UnrecordedCalls) {
      const since = tally;
      tally = taken;
      if (!since) return;
      for (const [outcome, count] of Object.entries(since.outcomes)) add(outcome, since.firstAt, count);
      if (since.lastAt > taken.lastAt) taken.lastAt = since.lastAt;
    },
    /** What is counted and not yet written, for the admin during an outage. */
    peek(): Readonly<UnrecordedCalls> | null {
      return tally && { ...tally, outcomes: { ...tally.outcomes } };
    },
  };
}

export type UnrecordedTally = ReturnType<typeof createUnrecordedTally>;
