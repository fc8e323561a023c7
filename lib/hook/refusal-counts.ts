import type { HookRefusalReason } from "@/generated/prisma/enums";

/** One refused call: when, and why (never the credential or the body). */
export type Refusal = { at: Date; reason: HookRefusalReason };

/** Refused calls of one minute and reason, as a hook_refusals row adds them up. */
export type RefusalCount = { minute: Date; reason: HookRefusalReason; count: number; lastAt: Date };

const MINUTE_MS = 60_000;

/** Folds refused calls into one count per (minute, reason), so a burst costs one row per minute. */
export function countRefusals(refusals: readonly Refusal[]): RefusalCount[] {
  const counts = new Map<string, RefusalCount>();
  for (const { at, reason } of refusals) {
    const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
    const key = `${minute.getTime()} ${reason}`;
    const count = counts.get(key);
    if (!count) counts.set(key, { minute, reason, count: 1, lastAt: at });
    else {
      count.count++;
      if (at > count.lastAt) count.lastAt = at;
    }
  }
  return [...counts.values()];
}
