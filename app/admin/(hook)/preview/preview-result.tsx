import Link from "next/link";
import { ClaimChangesTable } from "@/components/admin/claim-changes-table";
import { JsonBlock } from "@/components/admin/json-block";
import { JudgementNotice } from "@/components/admin/judgement-notice";
import { OutcomeBadge } from "@/components/admin/outcome-badge";
import { previewClaims } from "@/lib/admin/preview/preview-claims";
import { OUTCOME_TEXT } from "@/lib/admin/activity/hook-outcomes";
import { formatHttpStatus } from "@/lib/admin/tester/format-http-status";
import { requireAdmin } from "@/lib/admin/require-admin";
import { recordAccess } from "@/lib/data/audit/record-access";
import { describeError, log } from "@/lib/common/log";

/**
 * The hook's answer for one login, worked out on the server while the form stays usable. The
 * preview reads the login's patient ID, so it is recorded in the audit log first.
 */
export async function PreviewResult({ login }: { login: string }) {
  const admin = await requireAdmin();
  try {
    await recordAccess({ actor: admin.email, action: "preview_claims", subject: login });
  } catch (error) {
    // Without the database there is no entry, but no patient ID to preview either: the preview
    // then shows the lookup failing, which is what an admin checking an outage needs to see.
    log.warn("admin.preview.not_recorded", { reason: describeError(error) });
  }
  const preview = await previewClaims(login);
  return (
    <section aria-labelledby="preview-heading" className="space-y-5" data-preview-status={preview.status}>
      <h2 id="preview-heading" className="text-xl font-semibold break-all">
        The hook&apos;s answer for {login}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">HTTP status</dt>
        <dd className="font-mono" data-testid="preview-status">
          {formatHttpStatus(preview.status)}
        </dd>
        <dt className="font-medium text-slate-600">Outcome</dt>
        <dd>
          <OutcomeBadge outcome={preview.outcome} />
          <span className="mt-1 block text-slate-700">{OUTCOME_TEXT[preview.outcome].meaning}</span>
          {preview.note && <span className="mt-1 block text-amber-900">{preview.note}</span>}
        </dd>
      </dl>
      <JudgementNotice judgement={preview.judgement} />

      <div className="space-y-2">
        <h3 className="font-semibold">Claims the hook would add</h3>
        {preview.changes.length > 0 ? (
          <ClaimChangesTable caption={`Claims the hook would add for ${login}`} changes={preview.changes} />
        ) : (
          <p className="text-slate-700">No claim: the tokens would be issued as Okta built them.</p>
        )}
      </div>

      {preview.responseJson ? (
        <JsonBlock id="preview-response" title="JSON the hook would send" json={preview.responseJson} />
      ) : (
        <p className="text-sm text-slate-700">
          No JSON: with HTTP 204 the hook sends an empty body, which Okta reads as “leave the tokens as they are”.
        </p>
      )}

      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium focus-visible:outline-2 focus-visible:outline-indigo-600">
          The request it answered (as Okta would send it)
        </summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-700">
            A sign-in with the scopes openid, profile and email that mints an ID token and an access token. Apart from the
            login, the user&apos;s details are placeholders, as in Okta&apos;s Preview tab.
          </p>
          <JsonBlock id="preview-request" title="Request" json={preview.requestJson} />
        </div>
      </details>
      <p>
        <Link
          href={`/admin/tester?${new URLSearchParams({ login })}`}
          className="text-indigo-700 underline hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          Send a request for {login} to the deployed hook in the tester
        </Link>
      </p>
    </section>
  );
}
