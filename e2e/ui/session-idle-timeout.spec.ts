import { expect, test, type Page } from "@playwright/test";
import type { Stack } from "@/scripts/stack";
import { startOwnStack } from "@/tests/support/own-stack";
import { E2E_DEPLOYED } from "@/e2e/support/deployed-stack";
import { PASSWORD } from "@/e2e/support/stack";
import { ADMIN } from "./admin-patient-steps";

// A stack of this spec's own with a short idle timeout: the shared stack keeps the default.
test.describe.configure({ mode: "serial" });
test.skip(E2E_DEPLOYED, "starts its own local-mode stack; runs in the local-mode suite");
const IDLE_SECONDS = 6;
let stack: Stack;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  stack = await startOwnStack({
    name: "idle",
    appPort: Number(process.env.E2E_IDLE_APP_PORT || 3770),
    dbPort: Number(process.env.E2E_IDLE_DB_PORT || 24396),
    env: { SESSION_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS) },
  });
});
test.afterAll(async () => {
  await stack?.stop();
});

/**
 * After "Sign in with Okta": fills in the local Okta's form when it asks (its own session may
 * still be alive, and then it does not), until the app opens `destination`.
 */
async function signInAtOktaIfAsked(page: Page, destination: string) {
  await page.waitForURL((url) => url.href === destination || (!url.href.startsWith(stack.appUrl) && url.pathname.startsWith("/login/")));
  if (page.url() !== destination) {
    await page.getByLabel("Username").fill(ADMIN);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(destination);
  }
}

test("an idle session ends, the page says why, and signing in again returns to the same page", async ({ page }) => {
  test.setTimeout(120_000);
  const where = `${stack.appUrl}/admin/patients?q=kim`;
  const patients = page.getByRole("heading", { name: "Patients", level: 1 });

  await page.goto(`${stack.appUrl}/`);
  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await signInAtOktaIfAsked(page, `${stack.appUrl}/profile`);
  await page.goto(where);
  await expect(patients).toBeVisible();

  // Activity keeps it alive: requests 4 s apart, for longer than the idle timeout in all.
  for (let step = 0; step < 2; step++) {
    await page.waitForTimeout(4_000);
    await page.reload();
    await expect(patients).toBeVisible();
  }

  // Idle past the timeout: the next request finds the session ended.
  await page.waitForTimeout((IDLE_SECONDS + 2) * 1000);
  await page.reload();
  await expect(page).toHaveURL(`${stack.appUrl}/?${new URLSearchParams({ callbackUrl: "/admin/patients?q=kim" })}`);
  await expect(page.getByRole("status").filter({ hasText: "You were signed out" })).toContainText(
    `You were signed out after ${IDLE_SECONDS} seconds without activity`,
  );
  // Nothing of the ended session is left to use.
  expect((await page.request.get(`${stack.appUrl}/admin/patients`, { maxRedirects: 0 })).status()).toBe(307);

  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await signInAtOktaIfAsked(page, where);
  await expect(patients).toBeVisible();
});
