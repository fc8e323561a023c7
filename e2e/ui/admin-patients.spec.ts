import { expect, test } from "@playwright/test";
import { reuseSignIn, submitOktaLogin } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";
import { removePatients } from "@/e2e/support/test-data";
import {
  ADMIN,
  addPatient,
  deletePatient,
  NON_ADMIN,
  openPatient,
  searchPatients,
  signInAsAdmin,
  uniqueTag,
} from "./admin-patient-steps";

test.describe("admin: patients", () => {
  const tag = uniqueTag();
  const login = `e2e-${tag}@example.com`;
  const patientId = `E2E-${tag}`;

  test.afterAll(() => removePatients([login]));

  test("create a patient, find it by login, ID and name, edit it, delete it; the audit log has it all", async ({ page }) => {
    await signInAsAdmin(page);
    // Typed in mixed case with spaces: stored as the hook looks it up.
    await addPatient(page, { username: `  E2E-${tag}@Example.com `, patientId, displayName: `Test Person ${tag}` });
    await expect(page.getByRole("link", { name: login, exact: true })).toBeVisible();
    // The message came in a one-time cookie, not the URL: a reload or a crafted link shows none.
    expect(new URL(page.url()).searchParams.has("notice")).toBe(false);
    await page.reload();
    await expect(page.getByText("was added")).toHaveCount(0);
    await page.goto(`/admin/patients?${new URLSearchParams({ notice: "created", login: "Your account is locked" })}`);
    await expect(page.getByTestId("patient-count")).toBeVisible();
    await expect(page.getByText("Your account is locked")).toHaveCount(0);

    // Words in any order, commas apart, find the name.
    for (const fragment of [`e2e-${tag}`, patientId.slice(2), `person ${tag}`, `${tag}, test person`]) {
      await searchPatients(page, fragment);
      await expect(page.getByTestId("patient-count")).toHaveText(`1 patient matches “${fragment}”.`);
      await expect(page.getByRole("row").filter({ hasText: login })).toContainText(patientId);
    }

    await openPatient(page, login);
    await expect(page.getByLabel("Okta login")).toHaveValue(login);
    await page.getByLabel("Patient ID").fill(`${patientId}-2`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was saved" })).toContainText(login);
    await expect(page.getByRole("row").filter({ hasText: login })).toContainText(`${patientId}-2`);

    // Delete asks first; Escape backs out and nothing happens.
    await openPatient(page, login);
    await page.getByRole("button", { name: "Delete patient…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this patient?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { name: "Edit patient" })).toBeVisible();
    await deletePatient(page, login);
    await searchPatients(page, login);
    await expect(page.getByText("No patient matches your search.")).toBeVisible();

    await page.goto(`/admin/audit?${new URLSearchParams({ q: login, action: "changes" })}`);
    const rows = page.getByRole("list", { name: "Audit entries, newest first" }).getByTestId("audit-entry");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("Deleted a patient");
    await expect(rows.nth(1)).toContainText("Edited a patient");
    await expect(rows.nth(1)).toContainText(`${patientId} → ${patientId}-2`);
    await expect(rows.nth(2)).toContainText("Added");
    for (const row of await rows.all()) await expect(row).toContainText("sam.admin@example.com");
  });

  test("bad input is reported next to each field, announced, and what was typed stays", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/patients/new");
    await page.getByLabel("Okta login").fill("not a login");
    await page.getByLabel("Display name").fill("Kept Name");
    await page.getByRole("button", { name: "Add patient" }).click();

    const loginInput = page.getByLabel("Okta login");
    await expect(loginInput).toHaveAttribute("aria-invalid", "true");
    await expect(loginInput).toHaveAccessibleDescription(/looks like an email address/);
    await expect(page.getByLabel("Patient ID")).toHaveAccessibleDescription(/Enter the patient ID\./);
    await expect(loginInput).toHaveValue("not a login");
    await expect(page.getByLabel("Display name")).toHaveValue("Kept Name");

    // Taken login and taken patient ID (the seeded kim.sato → 6789) land on their fields.
    await loginInput.fill("KIM.SATO@example.com");
    await page.getByLabel("Patient ID").fill(`E2E-dup-${tag}`);
    await page.getByRole("button", { name: "Add patient" }).click();
    await expect(loginInput).toHaveAccessibleDescription(/Another patient already has this login\./);
    await expect(loginInput).toHaveValue("KIM.SATO@example.com");

    await loginInput.fill(login);
    await page.getByLabel("Patient ID").fill("6789");
    await page.getByRole("button", { name: "Add patient" }).click();
    await expect(page.getByLabel("Patient ID")).toHaveAccessibleDescription(/Another patient already has this patient ID\./);
    await expect(page.getByLabel("Okta login")).not.toHaveAttribute("aria-invalid", "true");
    await searchPatients(page, login);
    await expect(page.getByText("No patient matches your search.")).toBeVisible();
  });

  test("the list pages, sorts and counts on the server", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/patients?sort=patientId&dir=desc");
    await expect(page.getByRole("columnheader", { name: /Patient ID/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByTestId("patient-count")).toHaveText(/^\d[\d,]* patients? in total\.$/);
    const ids = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(ids).toEqual([...ids].sort().reverse());

    await page.getByRole("link", { name: /Okta login/ }).click();
    await expect(page).toHaveURL(`${APP_URL}/admin/patients`);
    await expect(page.getByRole("columnheader", { name: /Okta login/ })).toHaveAttribute("aria-sort", "ascending");
  });

  test("a signed-in user who is not staff gets the 403 page, everywhere in the admin", async ({ page }) => {
    await reuseSignIn(page, NON_ADMIN);
    for (const path of ["/admin", "/admin/patients", "/admin/patients/new", "/admin/import", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page).toHaveURL(`${APP_URL}${path}`);
      await expect(page.getByRole("heading", { name: "You don't have access to patient administration" })).toBeVisible();
      await expect(page.getByText("Error 403")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    }
    const exported = await page.request.get("/admin/patients/export");
    expect(exported.status()).toBe(403);
  });

  test("an anonymous visitor is sent to sign in and comes back to the admin", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(`${APP_URL}/?callbackUrl=%2Fadmin`);
    await page.getByRole("button", { name: "Sign in with Okta" }).click();
    await submitOktaLogin(page, ADMIN);
    await expect(page).toHaveURL(`${APP_URL}/admin/patients`);
  });

  test("on a phone the list stays usable: the table scrolls inside its box", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signInAsAdmin(page);
    await expect(page.getByRole("searchbox", { name: "Search patients" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add patient" })).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
  });
});
