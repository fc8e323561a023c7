import type { Metadata } from "next";
import { TryLoginTabs } from "@/components/admin/try-login-tabs";
import { PageIntro } from "@/components/ui/page-intro";
import { Notice } from "@/components/ui/notice";
import { requireAdmin } from "@/lib/admin/require-admin";
import { getEnv } from "@/lib/config/env";
import { getHookSettings } from "@/lib/hook/hook-settings";
import { describeHookAuth } from "@/lib/admin/tester/describe-hook-auth";
import { resolveTesterHookUrl } from "@/lib/admin/tester/resolve-hook-url";
import { DEFAULT_SCOPES, GRANT_TYPES, loginSchema, MINTED_TOKENS } from "@/lib/admin/tester/tester-input";
import { TesterForm } from "./tester-form";

export const metadata: Metadata = { title: "Hook tester" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const tokenOptions = Object.entries(MINTED_TOKENS).map(([value, { label }]) => ({ value, label }));
const grantOptions = Object.entries(GRANT_TYPES).map(([value, label]) => ({ value, label }));

export default async function TesterPage({ searchParams }: Props) {
  await requireAdmin();
  const login = loginSchema.safeParse((await searchParams).login);
  const hookUrl = resolveTesterHookUrl(getEnv());
  const auth = describeHookAuth(getHookSettings().auth);

  return (
    <div className="space-y-8">
      <TryLoginTabs />
      <PageIntro title="Hook tester">
        <p>
          Like the Preview tab in Okta&apos;s Admin Console: generate the request Okta would send, edit it if you like, and
          send it to the deployed hook with the configured credential. You see the hook&apos;s status, latency and body, and
          whether Okta would accept the answer. Each test is a real call, so it appears in the hook activity.
        </p>
      </PageIntro>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">Hook URL</dt>
        <dd className="font-mono break-all">{hookUrl ?? "unknown: set APP_URL"}</dd>
        <dt className="font-medium text-slate-600">Credential sent</dt>
        <dd className="font-mono break-all">{auth.maskedSecret ? `${auth.header}: ${auth.maskedSecret}` : "none"}</dd>
      </dl>
      {!auth.maskedSecret && (
        <Notice tone="problem" title="No secret is configured in HOOK_AUTH_SECRETS.">
          <p>The tester cannot send a credential, so the hook will answer 401.</p>
        </Notice>
      )}
      <TesterForm
        initialLogin={login.success ? login.data : ""}
        defaultScopes={DEFAULT_SCOPES}
        tokenOptions={tokenOptions}
        grantOptions={grantOptions}
      />
    </div>
  );
}
