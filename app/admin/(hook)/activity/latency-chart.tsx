import { buildLatencyChart } from "@/lib/admin/activity/build-latency-chart";
import { formatClock, formatMs } from "@/lib/admin/activity/format-stats";
import type { LatencyBucket } from "@/lib/admin/activity/stats-windows";

// p95 is dashed as well as coloured, so the two lines differ without colour too.
const SERIES_STYLE = {
  p50: { stroke: "#4f46e5", dash: undefined, label: "p50 (median)" },
  p95: { stroke: "#d97706", dash: "6 4", label: "p95" },
} as const;

/** Latency over time as plain SVG: p50 and p95 per bucket, with a data table for those who prefer one. */
export function LatencyChart({ id, title, buckets, bucketName }: { id: string; title: string; buckets: LatencyBucket[]; bucketName: string }) {
  const chart = buildLatencyChart(buckets, { width: 640, height: 220, bucketName });
  const { plot } = chart;
  return (
    <figure className="space-y-2">
      {/* On a phone the chart scrolls sideways rather than shrinking its labels out of legibility. */}
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="h-auto w-full min-w-[32rem] text-slate-500"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{chart.summary}</desc>
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
              <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end" fontSize="11" fill="currentColor">
                {tick.label}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.x} x={tick.x} y={plot.bottom + 18} textAnchor="middle" fontSize="11" fill="currentColor">
              {tick.label}
            </text>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#94a3b8" />
          {chart.series.map((series) => {
            const style = SERIES_STYLE[series.name];
            return (
              <g key={series.name}>
                {series.path && <path d={series.path} fill="none" stroke={style.stroke} strokeWidth="2" strokeDasharray={style.dash} />}
                {/* A lone bucket has no line to draw: its dot still shows the value. */}
                {series.points.map((point) => (
                  <circle key={point.x} cx={point.x} cy={point.y} r="3" fill={style.stroke} />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {chart.series.map((series) => (
          <span key={series.name} className="inline-flex items-center gap-2">
            <svg width="24" height="8" aria-hidden="true">
              <line x1="0" x2="24" y1="4" y2="4" stroke={SERIES_STYLE[series.name].stroke} strokeWidth="2" strokeDasharray={SERIES_STYLE[series.name].dash} />
            </svg>
            {SERIES_STYLE[series.name].label}
          </span>
        ))}
        <span>Times in UTC; {bucketName} buckets.</span>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
          Chart data as a table
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-[20rem] text-left">
            <caption className="sr-only">{title}</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">From (UTC)</th>
                <th scope="col" className="px-2 py-1 font-medium">Calls</th>
                <th scope="col" className="px-2 py-1 font-medium">p50</th>
                <th scope="col" className="px-2 py-1 font-medium">p95</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start.getTime()} className="border-t border-slate-200">
                  <th scope="row" className="px-2 py-1 font-normal">{formatClock(bucket.start)}</th>
                  <td className="px-2 py-1">{bucket.calls}</td>
                  <td className="px-2 py-1">{formatMs(bucket.p50)}</td>
                  <td className="px-2 py-1">{formatMs(bucket.p95)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
