import type { Metadata } from "next";
import { Suspense } from "react";
import { TryLoginTabs } from "@/components/admin/try-login-tabs";
import { PageIntro } from "@/components/ui/page-intro";
import { requireAdmin } from "@/lib/admin/require-admin";
import { loginSchema } from "@/lib/admin/tester/tester-input";
import { PreviewForm } from "./preview-form";
import { PreviewResult } from "./preview-result";

export const metadata: Metadata = { title: "Claims preview" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PreviewPage({ searchParams }: Props) {
  await requireAdmin();
  const raw = (await searchParams).login;
  const typed = typeof raw === "string" ? raw : "";
  const parsed = raw === undefined ? null : loginSchema.safeParse(typed);
  const login = parsed?.success ? parsed.data : null;

  return (
    <div className="space-y-8">
      <TryLoginTabs />
      <PageIntro title="Claims preview">
        <p>
          Enter any Okta login to see exactly what the token inline hook would answer for it right now: the same code,
          patient table and settings the hook uses, on the request Okta would send. A preview is not recorded as a hook
          call.
        </p>
      </PageIntro>
      <PreviewForm login={typed} error={parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? "Invalid login.") : null} />
      {login ? (
        <Suspense key={login} fallback={<p role="status" className="text-slate-600">Asking the hook…</p>}>
          <PreviewResult login={login} />
        </Suspense>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">
          Enter a login to preview the claims the hook would add.
        </p>
      )}
    </div>
  );
}
