"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { importPatientsAction } from "./actions";
import { MAX_IMPORT_BYTES, type ImportState } from "./import-state";
import { ImportResult } from "./import-result";

const BUTTON =
  "inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const PRIMARY = `${BUTTON} bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-400`;
const SECONDARY = `${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400`;

/**
 * Choose a file, check it (nothing is written), then confirm the summary to import. The form is
 * submitted by hand rather than through `action`: React resets a form after its action, which
 * cleared the chosen file after every failure. The size is checked here too, to spare a 5 MB
 * upload that would be refused.
 */
export function ImportForm() {
  const [state, formAction, pending] = useActionState(importPatientsAction, { status: "idle" } as ImportState);
  const [tooBig, setTooBig] = useState<string | null>(null);
  // A newly chosen file makes the last answer (about the previous file) stale.
  const [answered, setAnswered] = useState(0);
  const [shown, setShown] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>, intent: "check" | "import") => {
    event.preventDefault();
    const data = new FormData(form.current ?? undefined);
    const file = data.get("file");
    const message = file instanceof File && file.size > MAX_IMPORT_BYTES ? "The file is larger than 5 MB. Split it into smaller files." : null;
    setTooBig(message);
    if (message) return;
    data.set("intent", intent);
    setShown(answered + 1);
    setAnswered(answered + 1);
    startTransition(() => formAction(data));
  };

  const current = shown === answered ? state : ({ status: "idle" } as ImportState);
  const checked = current.status === "checked";

  return (
    <div className="space-y-6">
      <form ref={form} onSubmit={(event) => submit(event, "check")} className="max-w-xl space-y-4" aria-busy={pending}>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-900">
            CSV file
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            UTF-8, at most 5 MB and 20,000 rows.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={() => setAnswered(answered + 1)}
            aria-describedby={`import-file-hint${tooBig ? " import-file-error" : ""}`}
            aria-invalid={Boolean(tooBig) || undefined}
            className="block w-full max-w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-medium hover:file:bg-slate-100"
          />
          <p id="import-file-error" aria-live="polite" className="text-sm text-red-700">
            {tooBig}
          </p>
        </div>
        <button type="submit" disabled={pending} className={checked ? SECONDARY : PRIMARY}>
          {pending ? "Checking…" : checked ? "Check again" : "Check file"}
        </button>
      </form>
      {current.status === "refused" && (
        <Notice tone="problem" title="Nothing was imported">
          <p>{current.message}</p>
        </Notice>
      )}
      {current.status !== "idle" && current.status !== "refused" && (
        <ImportResult state={current} pending={pending} onConfirm={(event) => submit(event, "import")} confirmClass={PRIMARY} />
      )}
    </div>
  );
}
