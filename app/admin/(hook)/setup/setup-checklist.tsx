import Link from "next/link";

const step = "rounded-lg border border-slate-200 bg-white p-4";
const path = "font-medium text-slate-900";

/** The Okta Admin Console steps, in order, as docs/okta-token-hook.md describes them (§1, §4.3, §4.5, §4.6). */
export function SetupChecklist({ hookUrl, header, claimName }: { hookUrl: string | null; header: string; claimName: string }) {
  return (
    <ol className="list-none space-y-3">
      <li className={step}>
        <h3 className="font-semibold">1. Register the hook</h3>
        <p className="mt-1 text-sm text-slate-700">
          <span className={path}>Workflow › Inline Hooks › Add Inline Hook › Token</span>. Give it a name and, as URL,{" "}
          {hookUrl ? <code className="break-all">{hookUrl}</code> : "the hook URL above"}. Okta only accepts https URLs.
        </p>
      </li>
      <li className={step}>
        <h3 className="font-semibold">2. Set its authentication</h3>
        <p className="mt-1 text-sm text-slate-700">
          With HTTP header authentication, set <span className={path}>Authentication field</span> to{" "}
          <code>{header}</code> and <span className={path}>Authentication secret</span> to the value shown above, whole.
          Okta sends it unchanged on every call; the secret cannot be read back from Okta afterwards.
        </p>
      </li>
      <li className={`${step} border-amber-400`}>
        <h3 className="font-semibold">3. Attach it to an access policy rule (the step people miss)</h3>
        <p className="mt-1 text-sm text-slate-700">
          <span className={path}>Security › API › Authorization Servers › default › Access Policies</span>, open the rule
          that matches your app&apos;s sign-ins, edit it, and under <span className={path}>Use this inline hook</span> pick
          the hook. Until a rule carries it, Okta never calls the hook. If the server has no policy or rule yet, add a
          default policy and rule first. Check that the rule&apos;s grant types, users and scopes really match your
          app&apos;s token requests.
        </p>
      </li>
      <li className={step}>
        <h3 className="font-semibold">4. Test it with the Preview tab</h3>
        <p className="mt-1 text-sm text-slate-700">
          <span className={path}>Workflow › Inline Hooks › your hook › Preview</span>: choose a user who is a patient,
          the application, the authorization server, grant type and scopes; <span className={path}>Generate Request</span>,
          then <span className={path}>View Response</span>. A patient gets a <code>com.okta.identity.patch</code> command
          adding <code>{claimName}</code>. Okta notes that preview data may contain placeholders. The same check runs here
          without Okta in the{" "}
          <Link href="/admin/tester" className="text-indigo-700 underline hover:text-indigo-900">
            hook tester
          </Link>
          .
        </p>
      </li>
    </ol>
  );
}
