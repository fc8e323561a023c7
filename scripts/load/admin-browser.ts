import { chromium, type Browser, type Page } from "@playwright/test";
import { browserLaunchOptions } from "./browser-launch-options";

/** The local Okta's staff user (group "Patient Admins") and the seeded users' password. */
const ADMIN = { username: "sam.admin@example.com", password: "Passw0rd!" };

export type AdminBrowser = { browser: Browser; page: Page };

/**
 * A Chromium page signed in to the app as staff, through the local Okta's own sign-in page, as a
 * person would: what the benchmarks use to drive the admin "through the app".
 */
export async function openAdminBrowser(appUrl: string): Promise<AdminBrowser> {
  const browser = await chromium.launch(browserLaunchOptions);
  const page = await browser.newPage({ baseURL: appUrl, acceptDownloads: true });
  page.setDefaultTimeout(120_000);
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await page.getByLabel("Username").fill(ADMIN.username);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.href.startsWith(appUrl) && url.pathname === "/profile");
  return { browser, page };
}
