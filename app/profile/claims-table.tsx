import type { ClaimRow } from "@/lib/profile/describe-claims";

/**
 * One token's claims: name, value and what it means; the hook's claim is highlighted. On a phone
 * each row stacks into a card instead of scrolling sideways. The explicit roles keep the table
 * semantics that some browsers drop once `display` is changed.
 */
export function ClaimsTable({ caption, rows }: { caption: string; rows: ClaimRow[] }) {
  return (
    <table role="table" className="block w-full rounded-lg border border-slate-200 bg-white text-left text-sm sm:table">
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className="hidden bg-slate-100 text-slate-700 sm:table-header-group">
        <tr role="row">
          <th role="columnheader" scope="col" className="px-3 py-2 font-medium">Claim</th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-medium">Value</th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-medium">Meaning</th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block divide-y divide-slate-200 sm:table-row-group">
        {rows.map((row) => (
          <tr
            key={row.name}
            role="row"
            data-hook-claim={row.isHookClaim || undefined}
            className={`block px-3 py-2 sm:table-row sm:p-0 ${
              row.isHookClaim ? "bg-emerald-50 outline-2 -outline-offset-2 outline-emerald-500" : ""
            }`}
          >
            <th role="rowheader" scope="row" className="block align-top font-mono font-medium sm:table-cell sm:px-3 sm:py-2 sm:whitespace-nowrap">
              {row.name}
              {row.isHookClaim && (
                <span className="mt-1 block w-fit rounded bg-emerald-700 px-1.5 py-0.5 font-sans text-xs font-medium whitespace-normal text-white">
                  Added by the token inline hook
                </span>
              )}
            </th>
            <td role="cell" className="block align-top font-mono [overflow-wrap:anywhere] sm:table-cell sm:px-3 sm:py-2">
              {row.value}
            </td>
            <td role="cell" className="block align-top text-slate-600 sm:table-cell sm:px-3 sm:py-2 sm:text-slate-700">
              {row.meaning ?? "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
