import type { HookOutcome } from "@/generated/prisma/enums";
import { isErrorOutcome, OUTCOME_TEXT } from "@/lib/admin/activity/hook-outcomes";

/** The hook's outcome in plain words; errors stand out in amber, a claim added in green. */
export function OutcomeBadge({ outcome }: { outcome: HookOutcome }) {
  const tone =
    outcome === "patched"
      ? "bg-emerald-100 text-emerald-900"
      : isErrorOutcome(outcome)
        ? "bg-amber-100 text-amber-950"
        : "bg-slate-100 text-slate-800";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tone}`}>
      {OUTCOME_TEXT[outcome].label}
    </span>
  );
}
