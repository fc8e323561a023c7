import { expect, test, type Page } from "@playwright/test";
import { APP_URL } from "@/e2e/support/stack";
import { signInAsAdmin } from "./admin-patient-steps";

async function preview(page: Page, login: string) {
  await page.getByLabel("Okta login").fill(login);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page).toHaveURL(`${APP_URL}/admin/preview?${new URLSearchParams({ login })}`);
}

test.describe("admin: claims preview", () => {
  test.beforeEach(async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/preview");
    await expect(page.getByRole("heading", { name: "Claims preview", level: 1 })).toBeVisible();
  });

  test("a patient: 200, the claim 6789 in the ID token, and the com.okta.identity.patch JSON", async ({ page }) => {
    await preview(page, "kim.sato@example.com");

    await expect(page.getByTestId("preview-status")).toHaveText("200 OK");
    await expect(page.getByText("Claim added", { exact: true })).toBeVisible();
    const claims = page.getByRole("table", { name: "Claims the hook would add for kim.sato@example.com" });
    const row = claims.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "extPatientId" }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell")).toHaveText(["ID token", "6789"]);
    await expect(page.getByText("Okta would accept this answer and patch the tokens.")).toBeVisible();

    const json = JSON.parse((await page.getByLabel("JSON the hook would send").textContent()) ?? "") as unknown;
    expect(json).toEqual({
      commands: [{ type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "6789" }] }],
    });
  });

  test("not a patient: 204 and no claim", async ({ page }) => {
    await preview(page, "alex.doe@example.com");

    await expect(page.getByTestId("preview-status")).toHaveText("204 No Content");
    await expect(page.getByText("Not a patient", { exact: true })).toBeVisible();
    await expect(page.getByText("No claim: the tokens would be issued as Okta built them.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText("Okta would accept this answer; the tokens stay as they are.")).toBeVisible();
  });

  test("a preview is not recorded as a hook call", async ({ page }) => {
    const login = `preview-only-${Date.now()}@example.com`;
    await preview(page, login);
    await expect(page.getByTestId("preview-status")).toHaveText("204 No Content");

    // Hook calls are recorded just after the answer: give a wrongly recorded one time to land.
    await page.waitForTimeout(1000);
    await page.goto(`/admin/activity?${new URLSearchParams({ login })}`);
    await expect(page.getByText("No calls match this filter.")).toBeVisible();
  });

  test("an empty login gets a field error, not a preview", async ({ page }) => {
    await page.goto("/admin/preview?login=%20%20");
    await expect(page.getByText("Enter the Okta login of a user.")).toBeVisible();
    await expect(page.getByLabel("Okta login")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("preview-status")).toHaveCount(0);
  });
});
