import { expect, test } from "@playwright/test";
import { OKTA_URL, PASSWORD } from "@/e2e/support/stack";

// The local Okta's Admin Console pages, as Okta's own: nothing without an administrator's sign-in.
test.describe("the local Okta's System Log and Preview", () => {
  test("refuse anonymous use and open after an Okta administrator signs in", async ({ page, request }) => {
    for (const path of ["/logs", "/preview"]) {
      const anonymous = await request.get(`${OKTA_URL}${path}`, { maxRedirects: 0 });
      expect(anonymous.status(), path).toBe(302);
      expect(anonymous.headers().location, path).toBe(`/admin/sign-in?${new URLSearchParams({ returnTo: path })}`);
    }
    // A Preview send without a session: refused, so no hook call answers with a patient ID.
    const send = await request.post(`${OKTA_URL}/preview`, { form: { request: "{}" }, maxRedirects: 0 });
    expect(send.status()).toBe(403);

    await page.goto(`${OKTA_URL}/preview`);
    await expect(page.getByRole("heading", { name: "Sign in to the Admin Console" })).toBeVisible();
    // A patient is no Okta administrator.
    await page.getByLabel("Username").fill("kim.sato@example.com");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("not an Okta administrator");

    await page.getByLabel("Username").fill("okta.admin@example.com");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${OKTA_URL}/preview`);
    await expect(page.getByRole("heading", { name: "Token inline hook preview" })).toBeVisible();
    await page.getByRole("link", { name: "System Log" }).click();
    await expect(page.getByRole("heading", { name: "System Log" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to the Admin Console" })).toBeVisible();
    await page.goto(`${OKTA_URL}/logs`);
    await expect(page.getByRole("heading", { name: "Sign in to the Admin Console" })).toBeVisible();
  });
});
