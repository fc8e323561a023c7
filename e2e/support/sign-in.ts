import { expect, type BrowserContext, type Page } from "@playwright/test";
import { APP_URL, OKTA_URL, PASSWORD } from "./stack";

/** Fills in the local Okta's own sign-in page, as a person would. */
export async function submitOktaLogin(page: Page, username: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.href.startsWith(OKTA_URL));
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.href.startsWith(APP_URL));
}

/** Signs in from the home page as far as the app's answer, wherever that lands (a refusal too). */
export async function signInFromHome(page: Page, username: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await submitOktaLogin(page, username);
}

/** Signs in from the home page; the app then opens /profile. */
export async function signIn(page: Page, username: string): Promise<void> {
  await signInFromHome(page, username);
  await expect(page).toHaveURL(`${APP_URL}/profile`);
}

/** Signs out from the nav and waits for the signed-out home page. */
export async function signOut(page: Page): Promise<void> {
  // A link prefetch still in flight when sign-out clears the session cookie comes back through
  // the proxy with a refreshed cookie and signs the user in again (reported to the sign-in side).
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You are signed out." })).toBeVisible();
}

/** Each user's cookies from this worker's first real sign-in (Okta, the hook, the callback). */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

/**
 * Leaves `page` signed in as `username`. The first call per user in a worker signs in through the
 * local Okta; later ones start from its cookies, as a returning browser would. For specs about
 * what a session may do: a sign-in costs seconds, and the sign-in itself (with the claims it
 * brings) is what sign-in-out.spec.ts, the profile and the hook specs test with `signIn`.
 */
export async function reuseSignIn(page: Page, username: string): Promise<void> {
  const cookies = sessions.get(username);
  if (cookies) return page.context().addCookies(cookies);
  await signIn(page, username);
  sessions.set(username, await page.context().cookies());
}
