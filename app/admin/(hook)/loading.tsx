/** Shown while a hook page waits for the database or the hook. */
export default function HookPageLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <div className="h-9 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-200" />
      <p className="text-sm text-slate-600">Loading…</p>
    </div>
  );
}
