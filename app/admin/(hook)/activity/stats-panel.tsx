import { formatErrorRate, formatMs } from "@/lib/admin/activity/format-stats";
import type { WindowActivity } from "@/lib/admin/activity/get-hook-stats";
import type { StatsWindow } from "@/lib/admin/activity/stats-windows";
import { LatencyChart } from "./latency-chart";

/** One window's numbers (calls, error rate, latency percentiles) and its latency chart. */
export function StatsPanel({ id, window, activity }: { id: string; window: StatsWindow; activity: WindowActivity }) {
  const { stats } = activity;
  const figures = [
    { label: "Calls", value: String(stats.calls) },
    { label: "Error rate", value: formatErrorRate(stats), note: stats.calls ? `${stats.errors} of ${stats.calls}` : undefined },
    { label: "p50 latency", value: formatMs(stats.p50) },
    { label: "p95 latency", value: formatMs(stats.p95) },
    { label: "p99 latency", value: formatMs(stats.p99) },
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {window.title}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs font-medium text-slate-600">{figure.label}</dt>
            <dd className="text-xl font-semibold tabular-nums">
              {figure.value}
              {figure.note && <span className="block text-xs font-normal text-slate-600">{figure.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600" data-call-breakdown>
        Of these: <span data-recorded>{stats.recorded}</span> recorded, <span data-refused>{stats.refused}</span> refused (401),{" "}
        <span data-unrecorded>{stats.unrecorded}</span> not recorded (database unavailable).
      </p>
      {stats.recorded === 0 ? (
        <p className="text-sm text-slate-600">No calls in this window, so there is no latency to chart.</p>
      ) : (
        <LatencyChart
          id={`${id}-chart`}
          title={`Hook latency, ${window.title.toLowerCase()}`}
          buckets={activity.buckets}
          bucketName={window.bucketName}
        />
      )}
    </section>
  );
}
