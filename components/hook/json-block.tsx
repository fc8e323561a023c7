import { CopyButton } from "@/components/copy-button";

/**
 * JSON shown as text (never as HTML), in a box that scrolls on a phone; focusable so keyboard
 * users can scroll it too.
 */
export function JsonBlock({ id, title, json }: { id: string; title: string; json: string }) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="text-sm font-medium text-slate-700">
          {title}
        </h3>
        <CopyButton value={json} label="Copy JSON" />
      </div>
      <pre
        aria-labelledby={id}
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-slate-900 p-3 font-mono text-xs whitespace-pre text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {json}
      </pre>
    </div>
  );
}
