/** Placeholder while an admin list waits for the database; announced once, politely. */
export function TableSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <div className="h-9 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 w-full max-w-md animate-pulse rounded bg-slate-200" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, row) => (
          <div key={row} className="h-6 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}
