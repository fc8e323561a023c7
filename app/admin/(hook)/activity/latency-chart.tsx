import { buildLatencyChart } from "@/lib/admin/activity/build-latency-chart";
import { formatClock, formatMs } from "@/lib/admin/activity/format-stats";
import type { LatencyBucket } from "@/lib/admin/activity/stats-windows";

// p95 is dashed as well as coloured, so the two lines differ without colour too.
const SERIES_STYLE = {
  p50: { stroke: "#4f46e5", dash: undefined, label: "p50 (median)" },
  p95: { stroke: "#d97706", dash: "6 4", label: "p95" },
} as const;

/** One drawing of the chart at a given size; the page draws a phone-sized one and a desktop one. */
function ChartSvg({ id, title, buckets, bucketName, width, height, className }: {
  id: string; title: string; buckets: LatencyBucket[]; bucketName: string; width: number; height: number; className: string;
}) {
  const chart = buildLatencyChart(buckets, { width, height, bucketName });
  const { plot } = chart;
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className={`h-auto w-full text-slate-500 ${className}`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{chart.summary}</desc>
      {chart.yTicks.map((tick) => (
        <g key={tick.label}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity="0.25" />
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
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="currentColor" strokeOpacity="0.6" />
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
  );
}

/**
 * Latency over time as plain SVG: p50 and p95 per bucket, with a data table for those who prefer
 * one. It always fits its box, newest bucket included: on a phone it is drawn at phone size (with
 * fewer time labels at full legibility) rather than shrunk or scrolled sideways.
 */
export function LatencyChart({ id, title, buckets, bucketName }: { id: string; title: string; buckets: LatencyBucket[]; bucketName: string }) {
  return (
    <figure className="space-y-2">
      <ChartSvg id={`${id}-phone`} title={title} buckets={buckets} bucketName={bucketName} width={340} height={200} className="sm:hidden" />
      <ChartSvg id={id} title={title} buckets={buckets} bucketName={bucketName} width={640} height={220} className="hidden sm:block" />
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {(["p50", "p95"] as const).map((name) => (
          <span key={name} className="inline-flex items-center gap-2">
            <svg width="24" height="8" aria-hidden="true">
              <line x1="0" x2="24" y1="4" y2="4" stroke={SERIES_STYLE[name].stroke} strokeWidth="2" strokeDasharray={SERIES_STYLE[name].dash} />
            </svg>
            {SERIES_STYLE[name].label}
          </span>
        ))}
        <span>Times in UTC; {bucketName} buckets.</span>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
          Chart data as a table
        </summary>
        <div className="mt-2">
          <table className="w-full max-w-md text-left">
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
