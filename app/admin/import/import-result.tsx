import { Notice } from "@/components/ui/notice";
import type { ImportState } from "./import-state";

type Result = Extract<ImportState, { status: "invalid" | "imported" }>;

/** The summary after a good file, or every problem by line after a bad one. */
export function ImportResult({ state }: { state: Result }) {
  if (state.status === "imported") {
    const { created, updated, unchanged } = state.summary;
    return (
      <Notice tone="ok" title={`Imported ${state.fileName}`} data-testid="import-summary">
        <p>
          {created.toLocaleString("en")} created, {updated.toLocaleString("en")} updated
          {unchanged > 0 && `, ${unchanged.toLocaleString("en")} already up to date`}.
        </p>
      </Notice>
    );
  }
  const more = state.errorCount - state.errors.length;
  return (
    <Notice tone="problem" title={`Nothing was imported: ${state.errorCount.toLocaleString("en")} ${state.errorCount === 1 ? "line has a problem" : "lines have problems"}`}>
      <p>Fix these lines in {state.fileName} and import it again. Line numbers count from the first line of the file.</p>
      <ol className="list-none space-y-1" aria-label="Problems by line">
        {state.errors.map((error) => (
          <li key={`${error.line}:${error.message}`}>
            <span className="font-medium">Line {error.line}:</span> {error.message}
          </li>
        ))}
      </ol>
      {more > 0 && <p>…and {more.toLocaleString("en")} more.</p>}
    </Notice>
  );
}
