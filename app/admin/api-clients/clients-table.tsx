import Link from "next/link";
import { formatTime } from "@/lib/common/format-time";
import type { ApiClientSummary } from "@/lib/data/audit/list-api-client-changes";
import { apiClientsHref } from "./api-clients-query";

/** Each API client that changed patients: how many creates, updates, deletes, and when. */
export function ClientsTable({ clients }: { clients: ApiClientSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">API clients that changed patients, most recently active first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Client ID</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Added</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Edited</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Deleted</th>
            <th scope="col" className="px-3 py-2 font-medium">First change</th>
            <th scope="col" className="px-3 py-2 font-medium">Last change</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {clients.map((client) => (
            <tr key={client.clientId}>
              <td className="px-3 py-2 font-mono">
                <Link href={apiClientsHref({ client: client.clientId, page: 1 })} prefetch={false} className="break-all text-indigo-700 hover:underline">
                  {client.clientId}
                </Link>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{client.created.toLocaleString("en")}</td>
              <td className="px-3 py-2 text-right tabular-nums">{client.updated.toLocaleString("en")}</td>
              <td className="px-3 py-2 text-right tabular-nums">{client.deleted.toLocaleString("en")}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatTime(client.firstAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatTime(client.lastAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
