import type { Metadata } from "next";
import { headers } from "next/headers";
import { CopyButton } from "@/components/ui/copy-button";
import { PageIntro } from "@/components/ui/page-intro";
import { Notice } from "@/components/ui/notice";
import { requireAdmin } from "@/lib/admin/require-admin";
import { getEnv } from "@/lib/config/env";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { describeHookAuth } from "@/lib/admin/tester/describe-hook-auth";
import { HOOK_PATH, isHttpsUrl, resolveHookUrl } from "@/lib/admin/tester/resolve-hook-url";
import { getCallStatus } from "@/lib/admin/activity/get-call-status";
import { CallStatusCard } from "./call-status-card";
import { SetupChecklist } from "./setup-checklist";
import { Setting, SettingsCard } from "./setup-details";

export const metadata: Metadata = { title: "Okta setup" };

const TOKEN_NAMES = { id: "ID token", access: "access token" } as const;

export default async function SetupPage() {
  await requireAdmin();
  const env = getEnv();
  const settings = getHookSettings();
  const hookUrl = resolveHookUrl(env.APP_URL, await headers());
  const auth = describeHookAuth(settings.auth);
  const { answer } = settings;
  const callStatus = await getCallStatus(new Date());

  return (
    <div className="space-y-8">
      <PageIntro title="Okta setup">
        <p>What to enter in Okta&apos;s Admin Console so Okta calls this hook while it mints tokens.</p>
      </PageIntro>

      <SettingsCard id="setup-url" title="Hook URL">
        <Setting label="URL to give Okta">
          {hookUrl ? (
            <span className="flex flex-wrap items-center gap-2">
              <code className="break-all" data-hook-url>
                {hookUrl.url}
              </code>
              <CopyButton value={hookUrl.url} label="Copy URL" />
            </span>
          ) : (
            <>This app&apos;s address is unknown: set <code>APP_URL</code>. The path is always <code>{HOOK_PATH}</code>.</>
          )}
        </Setting>
        <Setting label="Taken from">{hookUrl?.source === "APP_URL" ? "APP_URL" : "the address of this request (set APP_URL to fix it)"}</Setting>
      </SettingsCard>
      {hookUrl && !isHttpsUrl(hookUrl.url) && (
        <Notice tone="problem" title="Okta requires https.">
          <p>
            Okta only calls https:// URLs; the Admin Console refuses this one (“invalid URL provided”). Deploy the app
            behind https and set <code>APP_URL</code>. For local work you need no tunnel: <code>npm run dev</code> starts a
            local Okta that calls this hook over http exactly as Okta would.
          </p>
        </Notice>
      )}

      <SettingsCard id="setup-auth" title="Authentication">
        <Setting label="Authentication field">
          <code>{auth.header}</code>
        </Setting>
        <Setting label="Authentication secret">
          {auth.maskedSecret ? (
            <>
              <code>{auth.maskedSecret}</code>
              <span className="block text-slate-600">
                Written as {auth.valueFormat}.{" "}
                {auth.secretCount === 1
                  ? "It is the value of HOOK_AUTH_SECRETS; list a second one there to rotate it without downtime."
                  : `It is the first of the ${auth.secretCount} values in HOOK_AUTH_SECRETS; Okta may send any of them.`}
              </span>
            </>
          ) : (
            <span className="text-amber-900">
              None configured in <code>HOOK_AUTH_SECRETS</code>
              {auth.oauth ? "." : ": the hook refuses every call until one is set."}
            </span>
          )}
        </Setting>
        {auth.oauth && (
          <Setting label="OAuth 2.0 instead">
            Okta may also call with a bearer token from <code>{auth.oauth.issuer}</code> for audience{" "}
            <code>{auth.oauth.audience}</code> (Okta&apos;s “OAuth 2.0” authentication). Use an authorization server other
            than the one whose rule runs this hook, or the token request can loop.
          </Setting>
        )}
      </SettingsCard>

      <CallStatusCard status={callStatus} />

      <SettingsCard id="setup-claim" title="Claim settings">
        <Setting label="Claim">
          <code>{answer.claimName}</code>, the patient ID
        </Setting>
        <Setting label="Added to">{answer.claimTokens.map((token) => TOKEN_NAMES[token]).join(" and ")}, when Okta mints it</Setting>
        <Setting label="Lookup budget">
          {answer.lookupTimeoutMs} ms of Okta&apos;s 3 s (<code>HOOK_LOOKUP_TIMEOUT_MS</code>)
        </Setting>
        <Setting label="If the lookup fails">
          {answer.failureMode === "open"
            ? "Fail open: the hook answers 204 and Okta issues the token without the claim."
            : "Fail closed: the hook answers with an error and Okta refuses to issue the token (server_error)."}{" "}
          (<code>HOOK_FAILURE_MODE={answer.failureMode}</code>)
        </Setting>
      </SettingsCard>

      <section aria-labelledby="setup-steps" className="space-y-3">
        <h2 id="setup-steps" className="text-xl font-semibold">
          In Okta&apos;s Admin Console
        </h2>
        <SetupChecklist hookUrl={hookUrl?.url ?? null} header={auth.header} claimName={answer.claimName} />
      </section>

      <Notice tone="info" title="What Okta will and won't do">
        <ul className="list-disc space-y-1 pl-5">
          <li>Token hooks run only for a custom authorization server (such as <code>default</code>), never the org authorization server.</li>
          <li>One inline hook per access policy rule.</li>
          <li>Okta waits 3 seconds at most, then issues the tokens without the hook&apos;s changes.</li>
          <li>Token hooks are not retried: a failed or slow call means a token without the claim.</li>
        </ul>
      </Notice>
    </div>
  );
}
