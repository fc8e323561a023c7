import { formatTime } from "@/lib/common/format-time";
import type { ApiClientChange } from "@/lib/data/audit/list-api-client-changes";

const ACTION_TEXT = { create: "Added", update: "Edited", delete: "Deleted" } as const;

const describe = (value: string | null | undefined) => value ?? "(none)";

/** What API clients changed, newest first: when, what, which patient, the values before → after, which client. */
export function ChangesTable({ changes }: { changes: ApiClientChange[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Changes made by API clients, newest first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">When</th>
            <th scope="col" className="px-3 py-2 font-medium">Change</th>
            <th scope="col" className="px-3 py-2 font-medium">Patient</th>
            <th scope="col" className="px-3 py-2 font-medium">Patient ID</th>
            <th scope="col" className="px-3 py-2 font-medium">Name</th>
            <th scope="col" className="px-3 py-2 font-medium">Client ID</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {changes.map((change) => (
            <tr key={change.id}>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatTime(change.occurredAt)}</td>
              <td className="px-3 py-2">{ACTION_TEXT[change.action]}</td>
              <td className="px-3 py-2 break-all">
                {change.before && change.after && change.before.username !== change.after.username ? <del className="text-slate-500">{change.before.username} </del> : null}
                {change.username}
              </td>
              <td className="px-3 py-2 break-all">
                {change.before && change.after && change.before.patientId !== change.after.patientId ? (
                  <>
                    <del className="text-slate-500">{change.before.patientId}</del> → {change.after.patientId}
                  </>
                ) : (
                  change.patientId
                )}
              </td>
              <td className="px-3 py-2 break-all">
                {change.before && change.after && change.before.displayName !== change.after.displayName ? (
                  <>
                    <del className="text-slate-500">{describe(change.before.displayName)}</del> → {describe(change.after.displayName)}
                  </>
                ) : (
                  describe((change.after ?? change.before)?.displayName)
                )}
              </td>
              <td className="px-3 py-2 font-mono break-all text-slate-600">{change.clientId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
