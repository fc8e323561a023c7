/**
 * Shown while Preview, Tester or Setup waits for the database or the hook. Activity has none: while
 * its next page loads, the current one (its filters and the typed login included) stays in place.
 */
export function HookPageLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <div className="h-9 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-200" />
      <p className="text-sm text-slate-600">Loading…</p>
    </div>
  );
}
