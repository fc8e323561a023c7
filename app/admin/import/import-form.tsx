"use client";

import { useActionState, useState, type FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { importPatientsAction } from "./actions";
import { MAX_IMPORT_BYTES, type ImportState } from "./import-state";
import { ImportResult } from "./import-result";

/** Upload and result. The size is checked here too, to spare a 5 MB upload that would be refused. */
export function ImportForm() {
  const [state, formAction] = useActionState(importPatientsAction, { status: "idle" } as ImportState);
  const [tooBig, setTooBig] = useState<string | null>(null);

  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const message = file instanceof File && file.size > MAX_IMPORT_BYTES ? "The file is larger than 5 MB. Split it into smaller files." : null;
    setTooBig(message);
    if (message) event.preventDefault();
  };

  return (
    <div className="space-y-6">
      <form action={formAction} onSubmit={checkSize} className="max-w-xl space-y-4">
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
            aria-describedby={`import-file-hint${tooBig ? " import-file-error" : ""}`}
            aria-invalid={Boolean(tooBig) || undefined}
            className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-medium hover:file:bg-slate-100"
          />
          <p id="import-file-error" aria-live="polite" className="text-sm text-red-700">
            {tooBig}
          </p>
        </div>
        <SubmitButton pendingLabel="Checking and importing…">Import</SubmitButton>
      </form>
      {state.status === "refused" && (
        <Notice tone="problem" title="Nothing was imported">
          <p>{state.message}</p>
        </Notice>
      )}
      {(state.status === "invalid" || state.status === "imported") && <ImportResult state={state} />}
    </div>
  );
}
