import { ClaimChangesTable } from "@/components/admin/claim-changes-table";
import { JsonBlock } from "@/components/admin/json-block";
import { JudgementNotice } from "@/components/admin/judgement-notice";
import type { SendState } from "./tester-state";

/** The hook's answer to the tester's request and what Okta would make of it. */
export function TesterResult({ result }: { result: NonNullable<SendState["result"]> }) {
  return (
    <section aria-labelledby="tester-result-heading" className="space-y-4">
      <h2 id="tester-result-heading" className="text-xl font-semibold">
        The hook&apos;s answer
      </h2>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">Sent to</dt>
        <dd className="font-mono break-all">{result.sentTo}</dd>
        <dt className="font-medium text-slate-600">HTTP status</dt>
        <dd className="font-mono" data-testid="tester-status">
          {result.status ?? "no answer"}
        </dd>
        <dt className="font-medium text-slate-600">Latency</dt>
        <dd className="tabular-nums">{result.latencyMs} ms (Okta waits at most 3,000 ms)</dd>
      </dl>
      {result.shapeProblem && <p className="text-sm text-amber-900">{result.shapeProblem}</p>}
      <JudgementNotice judgement={result.judgement} />
      {result.changes.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">Claims Okta would add</h3>
          <ClaimChangesTable caption="Claims Okta would add" changes={result.changes} />
        </div>
      )}
      {result.body ? (
        <JsonBlock id="tester-response" title="Response body" json={result.body} />
      ) : (
        <p className="text-sm text-slate-700">The response had no body.</p>
      )}
    </section>
  );
}
