import { expect, test } from "@playwright/test";
import { reuseSignIn } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";
import { NON_ADMIN, signInAsAdmin } from "./admin-patient-steps";

test.describe("admin: Okta setup", () => {
  test("shows the hook URL, the masked credential, the claim settings and the Okta steps", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/setup");

    await expect(page.locator("[data-hook-url]")).toHaveText(`${APP_URL}/api/hooks/token`);
    // The local stack runs on http: the page must say Okta will not accept that.
    await expect(page.getByText("Okta requires https.")).toBeVisible();

    const auth = page.getByRole("region", { name: "Authentication" });
    await expect(auth).toContainText("Authorization");
    await expect(auth).toContainText("Basic ••••••••");
    await expect(auth).toContainText("Basic base64(user:password)");
    await expect(page.locator("body")).not.toContainText("YWRtaW46c3VwZXJzZWNyZXQ=");

    await expect(page.getByRole("region", { name: "Claim settings" })).toContainText("extPatientId");
    const steps = page.getByRole("region", { name: "In Okta's Admin Console" });
    await expect(steps).toContainText("Workflow › Inline Hooks › Add Inline Hook › Token");
    await expect(steps).toContainText("Use this inline hook");
    await expect(steps).toContainText("Preview");
    await expect(page.getByText("One inline hook per access policy rule.")).toBeVisible();
  });

  test("the hook pages are for staff only", async ({ page }) => {
    await reuseSignIn(page, NON_ADMIN);
    for (const path of ["/admin/preview", "/admin/activity", "/admin/tester", "/admin/setup"]) {
      // requireAdmin() answers signed-in non-staff with forbidden(): status 403 at the same URL.
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page).toHaveURL(`${APP_URL}${path}`);
      await expect(page.getByRole("heading", { name: "You don't have access to patient administration" })).toBeVisible();
    }
  });
});
