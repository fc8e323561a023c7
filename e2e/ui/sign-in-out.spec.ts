import { expect, test } from "@playwright/test";
import { signIn, signOut, submitOktaLogin } from "@/e2e/support/sign-in";
import { APP_URL, OKTA_URL } from "@/e2e/support/stack";

test.describe("signing in and out", () => {
  test("an anonymous visit to /profile is sent to sign in, and comes back to /profile", async ({ page }) => {
    await page.goto("/profile");
    await expect(page).toHaveURL(`${APP_URL}/?callbackUrl=%2Fprofile`);
    await expect(page.getByRole("heading", { name: "Sign in to continue to that page." })).toBeVisible();

    await page.getByRole("button", { name: "Sign in with Okta" }).click();
    await submitOktaLogin(page, "jessie.smith@example.com");
    await expect(page).toHaveURL(`${APP_URL}/profile`);
    await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  });

  test("sign-out ends the app session and the Okta session", async ({ page }) => {
    await signIn(page, "jessie.smith@example.com");
    const oktaLogout = page.waitForRequest((request) => request.url().startsWith(`${OKTA_URL}/oauth2/default/v1/logout?`));
    await signOut(page);

    // The browser went through Okta's logout, naming the session's ID token and our home page.
    const logoutUrl = new URL((await oktaLogout).url());
    expect(logoutUrl.searchParams.get("id_token_hint")?.split(".")).toHaveLength(3);
    expect(logoutUrl.searchParams.get("post_logout_redirect_uri")).toBe(`${APP_URL}/`);
    await expect(page).toHaveURL(`${APP_URL}/`);
    await expect(page.getByRole("heading", { name: "You are signed out." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    // The app session is gone: /profile sends us to sign in again.
    await page.goto("/profile");
    await expect(page).toHaveURL(`${APP_URL}/?callbackUrl=%2Fprofile`);

    // The Okta session is gone too: Okta asks for credentials instead of signing us straight back in.
    await page.getByRole("button", { name: "Sign in with Okta" }).click();
    await expect(page.getByLabel("Username")).toBeVisible();
  });

  test("staff see the admin link; patients do not", async ({ page }) => {
    await signIn(page, "sam.admin@example.com");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();

    await signOut(page);
    await signIn(page, "kim.sato@example.com");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  });
});
