import { expect, test, type Page } from "@playwright/test";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import { hookAuthHeaders } from "@/e2e/support/hook-auth";
import { signInAsAdmin } from "./admin-patient-steps";

const WRONG_SECRET = { Authorization: "Basic d3Jvbmc6c2VjcmV0" }; // wrong:secret, never a configured one

async function refusedCount(page: Page, reason: string): Promise<number> {
  await page.goto("/admin/activity");
  const row = page.locator(`[data-refusal-reason="${reason}"]`);
  return (await row.count()) ? Number(await row.locator("[data-refusal-count]").textContent()) : 0;
}

/** "2026-12-03 10:00:00 UTC" as a Date. */
const parseShown = (text: string | null) => new Date(`${text?.replace(" UTC", "Z").replace(" ", "T")}`);

test.describe("admin: refused hook calls", () => {
  test("20 calls with a wrong secret: Activity counts 20 refused by reason, Setup shows the last call and the last authenticated one", async ({ page, request }) => {
    await signInAsAdmin(page);
    // An authenticated call first, so "last authenticated call" is known and earlier than the refusals.
    expect((await request.post("/api/hooks/token", { headers: hookAuthHeaders(), data: oktaSampleRequest("refusals@example.com") })).status()).toBe(204);
    const before = await refusedCount(page, "wrong_secret");
    const started = new Date(Math.floor(Date.now() / 1000) * 1000);
    for (let i = 0; i < 20; i++) {
      const call = await request.post("/api/hooks/token", { headers: WRONG_SECRET, data: oktaSampleRequest("refusals@example.com") });
      expect(call.status()).toBe(401);
    }

    // Counted after the 401 is sent, so the count may take a moment.
    await expect(async () => expect(await refusedCount(page, "wrong_secret")).toBe(before + 20)).toPass({ timeout: 10_000 });
    const summary = page.getByRole("region", { name: /Refused calls \(401\)/ });
    await expect(summary.locator('[data-refusal-reason="wrong_secret"]')).toContainText("Wrong secret");
    await expect(summary).toContainText("HOOK_AUTH_SECRETS");
    // Refused calls count in the hour's calls and errors.
    await expect(page.getByRole("region", { name: "Last hour" }).locator("[data-refused]")).not.toHaveText("0");
    // The Refused filter lists them per minute and reason; nothing of the request is kept.
    await summary.getByRole("link", { name: "Wrong secret" }).click();
    await expect(page).toHaveURL(/outcome=refused&reason=wrong_secret/);
    const minutes = page.getByRole("table", { name: "Refused hook calls per minute, newest first" });
    await expect(minutes.getByRole("row").nth(1)).toContainText("Wrong secret");
    await expect(page.locator("body")).not.toContainText("refusals@example.com");
    await expect(page.locator("body")).not.toContainText("d3Jvbmc6c2VjcmV0");

    // Setup: Okta reaches the hook, but with the wrong secret.
    await page.goto("/admin/setup");
    const calls = page.getByRole("region", { name: "Calls from Okta" });
    const lastCall = parseShown(await calls.locator("[data-last-call]").textContent());
    const lastAuthenticated = parseShown(await calls.locator("[data-last-authenticated-call]").textContent());
    expect(lastCall.getTime()).toBeGreaterThanOrEqual(started.getTime());
    expect(lastAuthenticated.getTime()).toBeLessThanOrEqual(lastCall.getTime());
    await expect(calls).toContainText(/Refused, last hour.*\d+ wrong secret/);
    await expect(page.getByText("Okta reaches the hook, but its latest calls are refused (401).")).toBeVisible();

    // With the right secret again, the last call is an authenticated one and the warning goes.
    expect((await request.post("/api/hooks/token", { headers: hookAuthHeaders(), data: oktaSampleRequest("refusals@example.com") })).status()).toBe(204);
    await expect(async () => {
      await page.goto("/admin/setup");
      await expect(calls.locator("[data-last-authenticated-call]")).toHaveText((await calls.locator("[data-last-call]").textContent()) ?? "", { timeout: 1_000 });
      await expect(page.getByText("Okta reaches the hook, but its latest calls are refused (401).")).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  });
});
