import { expect, test, type Page } from "@playwright/test";
import { signIn } from "@/e2e/support/sign-in";
import { removePatients } from "@/e2e/support/test-data";
import { addPatient, openPatient, signInAsAdmin, uniqueTag } from "./admin-patient-steps";

// Markup that runs script if any page renders it as HTML instead of text.
const NAME = "<img src=x onerror=window.__xss=1><script>window.__xss=2;alert(1)</script>";
const PATIENT_ID = "<img src=x onerror=window.__xss=3>";
const ALEX = "alex.doe@example.com"; // an Okta user who is no patient yet: gets the hostile ID as a claim

/** Visits `path` and proves no injected script ran there, and that the markup shows as text. */
async function expectInert(page: Page, path: string, shown: string[]) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  for (const text of shown) await expect(page.getByText(text, { exact: false }).first(), `${path} shows ${text}`).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `${path} ran injected script`).toBeUndefined();
  expect(await page.locator("main img[src='x']").count(), `${path} has an injected element`).toBe(0);
  expect(dialogs, `${path} opened a dialog`).toEqual([]);
}

test.describe("admin: patient data with HTML in it is shown as text everywhere", () => {
  const tag = uniqueTag();
  const login = `sec-xss-${tag}@example.com`;
  test.afterAll(() => removePatients([login, ALEX]));

  test("list, edit page, audit log, preview and the patient's own profile run no injected script", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signInAsAdmin(page);
    await addPatient(page, { username: login, patientId: `${PATIENT_ID}${tag}`, displayName: NAME });
    await addPatient(page, { username: ALEX, patientId: PATIENT_ID });

    await expectInert(page, `/admin/patients?${new URLSearchParams({ q: login })}`, [NAME]);
    await openPatient(page, login);
    await expect(page.getByLabel("Display name")).toHaveValue(NAME);
    await expectInert(page, page.url().replace(/^https?:\/\/[^/]+/, ""), []);
    await expectInert(page, `/admin/audit?${new URLSearchParams({ q: login })}`, [NAME]);
    await expectInert(page, `/admin/preview?${new URLSearchParams({ login: ALEX })}`, [PATIENT_ID]);

    // The patient signs in: the hostile ID arrives as a token claim on their profile page.
    const alexContext = await browser.newContext();
    const alex = await alexContext.newPage();
    await signIn(alex, ALEX);
    await expectInert(alex, "/profile", [PATIENT_ID]);
    await alexContext.close();
    await expectInert(page, `/admin/activity`, [ALEX]);
  });
});
