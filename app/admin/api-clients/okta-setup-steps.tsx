/** How to let a system call the directory API: a service app and two scopes in Okta, then this app's settings. */
export function OktaSetupSteps({ issuer, audience }: { issuer: string | null; audience: string }) {
  const tokenUrl = issuer ? `${issuer.replace(/\/$/, "")}/v1/token` : "(set API_OAUTH_ISSUER or AUTH_OKTA_ISSUER)";
  const code = "rounded bg-slate-100 px-1 font-mono text-xs";
  return (
    <section aria-labelledby="api-setup" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="api-setup" className="text-xl font-semibold">Set up a system in Okta</h2>
      <p className="text-sm text-slate-700">
        This app accepts access tokens from <code className={code}>{issuer ?? "(no issuer configured)"}</code> for the audience{" "}
        <code className={code}>{audience}</code>. A system gets one at <code className={code}>{tokenUrl}</code> with its client credentials.
      </p>
      <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
        <li>
          <strong>Add the scopes.</strong> Security › API › Authorization Servers › your server › <em>Scopes</em> › Add Scope:{" "}
          <code className={code}>patients.read</code> and <code className={code}>patients.write</code> (not default scopes).
        </li>
        <li>
          <strong>Create the service app.</strong> Applications › Create App Integration › <em>API Services</em>; name it after the system (e.g. “EHR patient
          sync”). Copy its <strong>Client ID</strong> and <strong>Client secret</strong> into that system; the client ID is what the audit log shows.
        </li>
        <li>
          <strong>Allow it the scopes.</strong> Your server › <em>Access Policies</em>: add a policy assigned to that app (or edit one that applies to it) with a
          rule for grant type <em>Client Credentials</em> and the scopes it needs — <code className={code}>patients.read</code> to read,{" "}
          <code className={code}>patients.write</code> to change. Without a matching rule Okta answers <code className={code}>access_denied</code>.
        </li>
        <li>
          <strong>Point this app at the server</strong> if it is not the sign-in&apos;s: <code className={code}>API_OAUTH_ISSUER</code> (its Issuer URI) and{" "}
          <code className={code}>API_OAUTH_AUDIENCE</code> (its Audience), then redeploy.
        </li>
      </ol>
      <p className="text-sm text-slate-700">
        <code className={code}>npm run okta:setup -- --api-client &quot;EHR patient sync&quot;</code> does steps 1–3 through Okta&apos;s Management API (and
        against the local Okta) and prints the client ID and secret of an app it creates. The operations and their answers:{" "}
        <a className="text-indigo-700 underline" href="/api-reference">API reference</a>.
      </p>
    </section>
  );
}
