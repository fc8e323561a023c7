import type { ClaimChange } from "@/lib/admin/preview/list-claim-changes";

/** The claims an answer adds, changes or removes, per token, as Okta would apply them. */
export function ClaimChangesTable({ caption, changes }: { caption: string; changes: ClaimChange[] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="stack-table w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Token</th>
            <th scope="col" className="px-3 py-2 font-medium">Claim</th>
            <th scope="col" className="px-3 py-2 font-medium">Value</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {changes.map((change) => (
            <tr key={`${change.token}:${change.claim}`}>
              <td data-label="Token" className="px-3 py-2 align-top">{change.token}</td>
              <th data-label="Claim" scope="row" className="px-3 py-2 align-top font-mono font-medium break-all">
                {change.claim}
              </th>
              <td data-label="Value" className="px-3 py-2 align-top font-mono break-all">
                {change.value ?? <span className="font-sans text-slate-600">removed</span>}
                {change.previous !== null && change.value !== null && (
                  <span className="block font-sans text-xs text-slate-600">was {change.previous}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
