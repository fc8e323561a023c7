import { expect, type Page } from "@playwright/test";
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
