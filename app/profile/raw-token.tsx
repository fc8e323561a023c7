import { CopyButton } from "@/components/copy-button";

/** The token exactly as Okta issued it, selectable by hand or copied with one click. */
export function RawToken({ name, token }: { name: string; token: string }) {
  const id = `raw-${name.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="text-sm font-medium text-slate-700">
          {name} (raw JWT)
        </h3>
        <CopyButton value={token} label={`Copy ${name}`} />
      </div>
      <pre
        aria-labelledby={id}
        tabIndex={0}
        className="max-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-900 p-3 font-mono text-xs break-all whitespace-pre-wrap text-slate-100 select-all"
      >
        {token}
      </pre>
    </div>
  );
}
