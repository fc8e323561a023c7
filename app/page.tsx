import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { SignInForm } from "@/components/sign-in/auth-forms";
import { Notice } from "@/components/ui/notice";
import { getSession, getSessionEnd } from "@/lib/sign-in/get-session";
import { describeSessionEnd } from "@/lib/sign-in/session-lifetime";
import { isAdmin } from "@/lib/sign-in/is-admin";
import { isAuthConfigured } from "@/lib/sign-in/is-auth-configured";
import { readRefusalCookie, REFUSAL_COOKIE, REFUSAL_ERROR_TYPE } from "@/lib/sign-in/okta-token-refusal";
import { safeReturnPath } from "@/lib/sign-in/safe-return-path";
import { signInErrorMessage } from "@/lib/sign-in/sign-in-error-message";
import { getEnv } from "@/lib/config/env";

export const metadata: Metadata = { title: "Home" };

const buttonLink =
  "inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const env = getEnv();
  const session = await getSession();
  const ended = session ? null : await getSessionEnd();
  const callbackUrl = typeof params.callbackUrl === "string" ? safeReturnPath(params.callbackUrl) : null;
  const errorType = typeof params.error === "string" ? params.error : undefined;
  // Okta's words for a refusal travel in a cookie (lib/sign-in/okta-token-refusal.ts), read only then.
  const refusal =
    errorType === REFUSAL_ERROR_TYPE ? readRefusalCookie((await cookies()).get(REFUSAL_COOKIE)?.value) : null;
  const error = signInErrorMessage(errorType, refusal);

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Patient Claims</h1>
      <p className="text-slate-700">
        When you sign in with Okta, Okta calls this service before it issues your tokens. If you are a
        patient, the service adds your patient ID to your ID token as the <code>{env.HOOK_CLAIM_NAME}</code>{" "}
        claim.{" "}
        {session
          ? "Your profile shows the tokens Okta gave you, and why the claim is there or not."
          : "Sign in to see the tokens Okta gave you, and why the claim is there or not."}
      </p>

      {error && <Notice tone="problem" title="Sign-in did not finish">{error}</Notice>}
      {ended && (
        <Notice tone="info" title="You were signed out">
          {describeSessionEnd(ended, { idleTimeoutSeconds: env.SESSION_IDLE_TIMEOUT_SECONDS, maxAgeSeconds: env.SESSION_MAX_AGE_SECONDS })}
        </Notice>
      )}

      {session ? (
        <section aria-labelledby="signed-in" className="space-y-4">
          <h2 id="signed-in" className="text-lg font-medium">
            You are signed in as {session.user?.name ?? session.user?.email ?? "an Okta user"}.
          </h2>
          <div className="flex flex-wrap gap-3">
            <Link href="/profile" className={`${buttonLink} bg-indigo-600 text-white hover:bg-indigo-700`}>
              See your tokens and claims
            </Link>
            {isAdmin(session.groups, env.ADMIN_GROUPS) && (
              <Link href="/admin" className={`${buttonLink} border border-slate-300 bg-white hover:bg-slate-100`}>
                Manage patients
              </Link>
            )}
          </div>
        </section>
      ) : isAuthConfigured(env) ? (
        <section aria-labelledby="signed-out" className="space-y-4">
          <h2 id="signed-out" className="text-lg font-medium">
            {callbackUrl && callbackUrl !== "/" ? "Sign in to continue to that page." : "You are signed out."}
          </h2>
          <SignInForm label="Sign in with Okta" returnTo={callbackUrl ?? "/profile"} />
        </section>
      ) : (
        <Notice tone="problem" title="Sign-in is not set up">
          Set AUTH_OKTA_ISSUER, AUTH_OKTA_ID, AUTH_OKTA_SECRET and AUTH_SECRET, or start the app with{" "}
          <code>npm run dev</code>, which runs a local Okta and sets them.
        </Notice>
      )}
    </div>
  );
}
