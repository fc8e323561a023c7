import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./admin-patient-steps";

async function generate(page: Page, login: string) {
  await page.getByLabel("Okta login").fill(login);
  await page.getByRole("button", { name: "Generate request" }).click();
  await expect(page.getByLabel("Request Okta would send")).toHaveValue(new RegExp(`"login": "${login.replaceAll(".", "\\.")}"`));
}

test.describe("admin: hook tester", () => {
  test.beforeEach(async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/tester");
    await expect(page.getByRole("heading", { name: "Hook tester", level: 1 })).toBeVisible();
  });

  test("sends a generated request to the hook: 200, and Okta would accept the patch", async ({ page }) => {
    // The credential is named and masked, never shown.
    await expect(page.getByText("Authorization: Basic ••••••••")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("YWRtaW46c3VwZXJzZWNyZXQ=");

    await generate(page, "kim.sato@example.com");
    await page.getByRole("button", { name: "Send to hook" }).click();

    await expect(page.getByTestId("tester-status")).toHaveText("200 OK");
    await expect(page.getByText("Okta would accept this answer and patch the tokens.")).toBeVisible();
    const row = page.getByRole("table", { name: "Claims Okta would add" }).getByRole("row").filter({ hasText: "extPatientId" });
    await expect(row.getByRole("cell")).toHaveText(["ID token", "6789"]);
    await expect(page.getByLabel("Response body")).toContainText('"type": "com.okta.identity.patch"');
  });

  test("only an access token minted: the hook leaves the tokens alone and Okta accepts that", async ({ page }) => {
    await page.getByLabel("Access token only").check();
    await generate(page, "kim.sato@example.com");
    await expect(page.getByLabel("Request Okta would send")).not.toHaveValue(/"identity"/);
    await page.getByRole("button", { name: "Send to hook" }).click();

    await expect(page.getByTestId("tester-status")).toHaveText("204 No Content");
    await expect(page.getByText("Okta would accept this answer; the tokens stay as they are.")).toBeVisible();
  });

  test("invalid JSON gets a field error and the edited text is kept", async ({ page }) => {
    await generate(page, "kim.sato@example.com");
    const editor = page.getByLabel("Request Okta would send");
    const broken = ((await editor.inputValue()).trimEnd()).slice(0, -1) + ',\n  "oops": }';
    await editor.fill(broken);
    await page.getByRole("button", { name: "Send to hook" }).click();

    await expect(page.getByText(/^This is not valid JSON: /)).toBeVisible();
    await expect(editor).toHaveAttribute("aria-invalid", "true");
    await expect(editor).toHaveValue(broken);
    await expect(page.getByTestId("tester-status")).toHaveCount(0);
  });

  test("a login and scopes are required to generate a request", async ({ page }) => {
    await page.getByLabel("Scopes").fill("profile");
    await page.getByRole("button", { name: "Generate request" }).click();
    await expect(page.getByText("Enter the Okta login of a user.")).toBeVisible();
    await expect(page.getByText("An ID token needs the openid scope.")).toBeVisible();
    await expect(page.getByLabel("Request Okta would send")).toHaveValue("");
  });
});
