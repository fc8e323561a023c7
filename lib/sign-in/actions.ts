"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, auth, signIn, signOut } from "./next-auth";
import { getEnv } from "@/lib/config/env";
import { describeError, log } from "@/lib/common/log";
import { buildOktaLogoutUrl } from "./okta-logout-url";
import { safeReturnPath } from "./safe-return-path";

/** Starts the Okta code flow; comes back to `returnTo` (a same-site path) afterwards. */
export async function signInWithOkta(formData: FormData): Promise<void> {
  const redirectTo = safeReturnPath(formData.get("returnTo"));
  try {
    await signIn("okta", { redirectTo });
  } catch (error) {
    // signIn leaves by throwing Next's redirect, which must pass through untouched.
    if (!(error instanceof AuthError)) throw error;
    log.warn("auth.sign_in.failed", { type: error.type, reason: describeError(error) });
    redirect(`/?${new URLSearchParams({ error: error.type })}`);
  }
}

/** The app's home as an absolute URL: what Okta sends the browser back to after logout. */
async function getAppHome(): Promise<string> {
  const { APP_URL } = getEnv();
  if (APP_URL) return new URL("/", APP_URL).href;
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}/`;
}

/** Ends the app session, then the Okta session, so the next sign-in asks for credentials again. */
export async function signOutEverywhere(): Promise<void> {
  const session = await auth();
  await signOut({ redirect: false });
  const logoutUrl = buildOktaLogoutUrl(getEnv().AUTH_OKTA_ISSUER, session?.idToken, await getAppHome());
  redirect(logoutUrl ?? "/");
}
