import Link from "next/link";
import { importCountsOf, searchPageOf } from "@/lib/data/audit/audit-detail";
import type { AuditEntry } from "@/lib/data/audit/list-audit-log";
import type { PatientSnapshot } from "@/lib/data/audit/patient-snapshot";
import { formatTime } from "@/lib/common/format-time";

const FIELDS: [keyof PatientSnapshot, string][] = [
  ["username", "Login"],
  ["patientId", "Patient ID"],
  ["displayName", "Name"],
];

const n = (count: number) => count.toLocaleString("en");

/** What happened, in a few words. */
export function describeAction(entry: AuditEntry): string {
  switch (entry.action) {
    case "create":
      return "Added a patient";
    case "update":
      return "Edited a patient";
    case "delete":
      return "Deleted a patient";
    case "import":
      return entry.before ? "Updated by import" : "Added by import";
    case "import_file":
      return `Imported ${entry.subject ?? "a file"}`;
    case "view_patient":
      return "Opened a patient";
    case "search_patients":
      return "Searched patients";
    case "preview_claims":
      return "Previewed a login's claims";
    case "export_patients":
      return entry.subject ? "Exported matching patients" : "Exported all patients";
    case "export_audit":
      return "Exported the audit log";
  }
}

/** Before → after, one line per field that differs (every field for an add or delete). */
function Changes({ before, after }: { before: PatientSnapshot | null; after: PatientSnapshot | null }) {
  const lines = FIELDS.filter(([field]) => before?.[field] !== after?.[field]);
  return (
    <dl className="space-y-0.5">
      {lines.map(([field, label]) => (
        <div key={field} className="flex flex-wrap gap-x-2">
          <dt className="text-slate-600">{label}:</dt>
          <dd className="min-w-0 break-words">
            {before && <del className="text-slate-600">{before[field] ?? "(none)"}</del>}
            {before && after && <span aria-hidden="true"> → </span>}
            {after && <ins className="no-underline">{after[field] ?? "(none)"}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The facts of an access or import entry: what was touched and how many rows. */
function Facts({ entry }: { entry: AuditEntry }) {
  const { action, subject, rowCount } = entry;
  if (action === "import_file") {
    const counts = importCountsOf(entry);
    return (
      <p>
        {n(rowCount ?? 0)} rows: <strong>{n(counts.created)}</strong> new, <strong>{n(counts.updated)}</strong> updated,{" "}
        <strong>{n(counts.unchanged)}</strong> unchanged
      </p>
    );
  }
  const shown = searchPageOf(entry);
  const what =
    action === "view_patient" || action === "preview_claims"
      ? subject && <>Login: {subject}</>
      : action === "search_patients"
        ? <>Search: “{subject}”</>
        : action === "export_patients"
          ? <>{subject ? <>Search: “{subject}”</> : "Whole list"}</>
          : action === "export_audit"
            ? <>{subject ? <>Filters: {subject}</> : "Whole log"}</>
            : null;
  return (
    <p className="break-words">
      {what}
      {shown && <> · page {n(shown.page)}{shown.size !== null && <>, {shown.size} a page</>}</>}
      {rowCount !== null && <> · {n(rowCount)} {rowCount === 1 ? "row" : "rows"}</>}
    </p>
  );
}

function ImportRows({ entry, rows }: { entry: AuditEntry; rows: AuditEntry[] }) {
  const { created, updated } = importCountsOf(entry);
  const changed = created + updated;
  if (changed === 0) return null;
  return (
    <details className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-2">
      <summary className="cursor-pointer rounded text-sm font-medium text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
        Show the {n(changed)} changed {changed === 1 ? "row" : "rows"}
      </summary>
      <ol className="mt-2 space-y-2 text-sm">
        {rows.map((row) => (
          <li key={row.id} className="border-t border-slate-200 pt-2">
            <p className="font-medium">{describeAction(row)}</p>
            <Changes before={row.before} after={row.after} />
          </li>
        ))}
      </ol>
      {changed > rows.length && (
        <p className="mt-2 text-sm">
          <Link href={`/admin/audit?batch=${entry.id}`} prefetch={false} className="text-indigo-700 underline">
            All {n(changed)} rows of this import
          </Link>
        </p>
      )}
    </details>
  );
}

/**
 * The log as a list of entries: on a desktop, one row each (when · what · who); on a phone, the
 * same entries stacked, never squeezed into columns.
 */
export function AuditEntries({ entries, rowsOf }: { entries: AuditEntry[]; rowsOf: Map<number, AuditEntry[]> }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Audit entries, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="grid gap-x-4 gap-y-1 p-3 text-sm md:grid-cols-[11rem_1fr_14rem]" data-testid="audit-entry">
          <p className="text-slate-600 md:order-1">
            <time dateTime={entry.occurredAt.toISOString()}>{formatTime(entry.occurredAt)}</time>
          </p>
          <div className="min-w-0 md:order-2">
            <p className="font-medium break-words">{describeAction(entry)}</p>
            {entry.username && (
              <p>
                <Link href={`/admin/audit?${new URLSearchParams({ q: entry.username })}`} prefetch={false} className="break-all text-indigo-700 underline">
                  {entry.username}
                </Link>
              </p>
            )}
            {entry.before || entry.after ? <Changes before={entry.before} after={entry.after} /> : <Facts entry={entry} />}
            {entry.action === "import_file" && <ImportRows entry={entry} rows={rowsOf.get(entry.id) ?? []} />}
          </div>
          <p className="break-all text-slate-600 md:order-3">
            <span className="sr-only">By </span>
            {entry.actor}
            {entry.actorType === "api_client" && <span className="block text-xs">API client</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
