"use client";

import type { FormEvent } from "react";
import { Notice } from "@/components/ui/notice";
import type { ImportSummary } from "@/lib/data/patients/import-patients";
import { ErrorsDownload } from "./errors-download";
import { SHOWN_ERRORS, type ImportState } from "./import-state";

type Result = Extract<ImportState, { status: "invalid" | "checked" | "imported" }>;

const n = (count: number) => count.toLocaleString("en");

function Counts({ summary }: { summary: ImportSummary }) {
  return (
    <p className="text-base">
      <strong>{n(summary.created)}</strong> new, <strong>{n(summary.updated)}</strong> updated, <strong>{n(summary.unchanged)}</strong>{" "}
      unchanged
    </p>
  );
}

/** The summary to confirm, the import's outcome, or every problem by line, field and value. */
export function ImportResult({
  state,
  pending,
  onConfirm,
  confirmClass,
}: {
  state: Result;
  pending: boolean;
  onConfirm: (event: FormEvent<HTMLFormElement>) => void;
  confirmClass: string;
}) {
  if (state.status === "checked") {
    const changes = state.summary.created + state.summary.updated;
    return (
      <Notice tone="info" title={`${state.fileName} is ready to import`} data-testid="import-check">
        <p>Nothing has been written yet. Importing it will change the patient list as follows:</p>
        <Counts summary={state.summary} />
        <form onSubmit={onConfirm}>
          <button type="submit" disabled={pending} className={confirmClass}>
            {pending ? "Importing…" : changes === 0 ? "Record the import (no changes)" : `Import ${n(changes)} ${changes === 1 ? "change" : "changes"}`}
          </button>
        </form>
      </Notice>
    );
  }
  if (state.status === "imported") {
    return (
      <Notice tone="ok" title={`Imported ${state.fileName}`} data-testid="import-summary">
        <Counts summary={state.summary} />
        <p>The audit log lists this import as one entry, with its rows.</p>
      </Notice>
    );
  }
  const count = state.errors.length;
  return (
    <Notice tone="problem" title={`Nothing was imported: ${n(count)} ${count === 1 ? "problem" : "problems"} in ${state.fileName}`}>
      <p>
        Format errors, rows repeated within the file and patient IDs that already belong to someone else are all listed.
        Fix them and check the file again (it is still chosen above). Line numbers count from the first line of the file.
      </p>
      <ErrorsDownload fileName={state.fileName} errors={state.errors} />
      <ol className="list-none space-y-1" aria-label="Problems by line">
        {state.errors.slice(0, SHOWN_ERRORS).map((error, index) => (
          <li key={index} className="break-words">
            <span className="font-medium">Line {error.line}</span>
            {error.field && <> · {error.field}</>}
            {error.value !== undefined && (
              <>
                {" "}
                · <code className="rounded bg-white/70 px-1 break-all">{error.value === "" ? "(empty)" : error.value}</code>
              </>
            )}
            : {error.message}
          </li>
        ))}
      </ol>
      {count > SHOWN_ERRORS && <p>The first {n(SHOWN_ERRORS)} are shown; the download has all {n(count)}.</p>}
    </Notice>
  );
}
