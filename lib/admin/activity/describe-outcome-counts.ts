import type { HookOutcome, HookRefusalReason } from "@/generated/prisma/enums";
import { OUTCOME_TEXT } from "./hook-outcomes";
import { REFUSAL_TEXT } from "./refusal-reasons";

/** A gap's outcome key in words: a recorded outcome's label, or "Refused: <reason>". */
export function describeOutcomeKey(key: string): string {
  if (key.startsWith("refused:")) {
    const reason = key.slice("refused:".length) as HookRefusalReason;
    return `Refused: ${REFUSAL_TEXT[reason]?.label.toLowerCase() ?? reason}`;
  }
  return OUTCOME_TEXT[key as HookOutcome]?.label ?? key;
}

/** "17 Lookup failed, 3 Not a patient": most first. */
export function describeOutcomeCounts(outcomes: Record<string, number>): string {
  return Object.entries(outcomes)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${count} ${describeOutcomeKey(key)}`)
    .join(", ");
}
