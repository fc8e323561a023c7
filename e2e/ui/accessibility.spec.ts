import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectAccessibleOnBoth, VIEWPORTS } from "@/e2e/support/axe";
import { reuseSignIn } from "@/e2e/support/sign-in";
import { OKTA_URL, PASSWORD } from "@/e2e/support/stack";
import { ADMIN, NON_ADMIN } from "./admin-patient-steps";

// axe-core on every page at desktop and phone size, in the main states (empty, errors shown,
// dialog or menu open, expanded); the outage state is checked in security-database-outage.spec.ts,
// which can take the database away. Serious and critical violations fail, and so does a page
// wider than the screen. One test per audience, each page loaded once and checked at both sizes.
test.describe("accessibility (axe-core) and phone layout", () => {
  test("signed out: home, the local Okta's sign-in, a 404", async ({ page }) => {
    await page.goto("/");
    await expectAccessibleOnBoth(page, "home, signed out");
    const missing = await page.goto("/no-such-page");
    expect(missing?.status(), "an unknown URL is a 404").toBe(404);
    await expect(page.getByRole("heading", { name: "There is no page at this address" })).toBeVisible();
    // The favicon is declared (no 404 for /favicon.ico on a first load) and served.
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect((await page.request.get(icon ?? "/favicon.ico")).status()).toBe(200);
    await expectAccessibleOnBoth(page, "404 page");
    await page.goto("/");
    await page.getByRole("button", { name: "Sign in with Okta" }).click();
    await expect(page.getByLabel("Username")).toBeVisible();
    await expectAccessibleOnBoth(page, "the local Okta's sign-in");
  });

  test("staff: every admin page and its main states", async ({ page }) => {
    test.setTimeout(180_000);
    await reuseSignIn(page, ADMIN);
    const check = async (path: string, state: string, ready: (page: Page) => Promise<void> = async () => undefined) => {
      await page.goto(path);
      await ready(page);
      await expectAccessibleOnBoth(page, state);
    };
    await check("/", "home, signed in");
    await check("/profile", "profile", (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible());
    const list = (p: Page) => expect(p.getByTestId("patient-count")).toBeVisible();
    await check("/admin/patients", "patient list", list);
    await check("/admin/patients?q=zz-nobody-zz", "patient list, no match", list);
    await check("/admin/patients/new", "add patient");
    await page.getByRole("button", { name: "Add patient" }).click();
    await expect(page.getByLabel("Okta login")).toHaveAttribute("aria-invalid", "true");
    await expectAccessibleOnBoth(page, "add patient, errors shown");

    await page.goto("/admin/patients?q=kim.sato%40example.com");
    await page.getByRole("link", { name: "kim.sato@example.com", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Edit patient" })).toBeVisible();
    await expectAccessibleOnBoth(page, "edit patient");
    await page.getByRole("button", { name: "Delete patient…" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessibleOnBoth(page, "edit patient, delete dialog open");
    await page.keyboard.press("Escape");

    await check("/admin/import", "import");
    const upload = async (csv: string) => {
      await page.getByLabel("CSV file").setInputFiles({ name: "a11y.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "Check file" }).click();
    };
    await upload("username,patientId\nnot-a-login,1\nkim.sato@example.com,1235\n");
    await expect(page.getByRole("list", { name: "Problems by line" })).toBeVisible();
    await expectAccessibleOnBoth(page, "import, problems shown");
    await upload("a11y.check@example.com,A11Y-1\n");
    await expect(page.getByTestId("import-check")).toBeVisible();
    await expectAccessibleOnBoth(page, "import, checked and waiting for confirmation");

    await check("/admin/api-clients", "API clients");
    await check("/api-reference", "the directory API's reference");
    await check("/admin/audit", "audit log", (p) => expect(p.getByTestId("audit-count")).toBeVisible());
    await check("/admin/audit?q=zz-nobody-zz", "audit log, no match", (p) => expect(p.getByTestId("audit-count")).toBeVisible());
    await check("/admin/activity", "activity", (p) => expect(p.getByRole("heading", { name: "Recent calls" })).toBeVisible());
    await check("/admin/preview", "claims preview");
    await check("/admin/preview?login=kim.sato%40example.com", "claims preview, a patient", (p) =>
      expect(p.getByTestId("preview-status")).toBeVisible(),
    );
    await check("/admin/tester", "hook tester");
    await check("/admin/setup", "setup");
    expect((await page.goto("/admin/patients/no-such-id"))?.status(), "an unknown patient is a 404").toBe(404);
    await expectAccessibleOnBoth(page, "unknown patient");

    // The phone menu, open.
    await page.goto("/admin/patients");
    await page.setViewportSize(VIEWPORTS.phone);
    await page.locator("summary").filter({ hasText: "Menu" }).click();
    await expect(page.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expectAccessible(page, "patient list, phone menu open");
  });

  test("non-staff: the 403 page", async ({ page }) => {
    await reuseSignIn(page, NON_ADMIN);
    const response = await page.goto("/admin/patients");
    expect(response?.status()).toBe(403);
    await expectAccessibleOnBoth(page, "403 page");
  });

  test("the local Okta's System Log and Preview", async ({ page }) => {
    await page.goto(`${OKTA_URL}/logs`);
    await expectAccessibleOnBoth(page, "the local Okta's admin sign-in");
    await page.getByLabel("Username").fill("okta.admin@example.com");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "System Log" })).toBeVisible();
    await expectAccessibleOnBoth(page, "the local Okta's System Log");
    await page.goto(`${OKTA_URL}/preview`);
    await expectAccessibleOnBoth(page, "the local Okta's token hook preview");
  });
});
