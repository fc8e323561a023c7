import { CopyButton } from "@/components/ui/copy-button";

const LAYOUT = {
  /** Text whose lines matter (JSON): kept as written, scrolling both ways. */
  preformatted:
    "max-h-96 overflow-auto whitespace-pre focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
  /** One long unbroken string (a JWT): wrapped anywhere, and one click selects all of it. */
  unbroken: "max-h-48 overflow-y-auto break-all whitespace-pre-wrap select-all",
};

/**
 * Read-only text under a heading, with a button that copies it. Shown as text (never as HTML),
 * in a box that scrolls on a phone; focusable so keyboard users can scroll it too.
 */
export function CodeBlock({
  id,
  title,
  text,
  copyLabel,
  layout,
}: {
  /** The heading's id, which names the box. */
  id: string;
  title: string;
  text: string;
  copyLabel: string;
  layout: keyof typeof LAYOUT;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="text-sm font-medium text-slate-700">
          {title}
        </h3>
        <CopyButton value={text} label={copyLabel} />
      </div>
      <pre
        aria-labelledby={id}
        tabIndex={0}
        className={`rounded-lg border border-slate-200 bg-slate-900 p-3 font-mono text-xs text-slate-100 ${LAYOUT[layout]}`}
      >
        {text}
      </pre>
    </div>
  );
}
