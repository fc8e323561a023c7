import { expect, test } from "@playwright/test";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import { hookAuthHeaders } from "@/e2e/support/hook-auth";
import { signInAsAdmin } from "./admin-patient-steps";

test.describe("admin: hook activity", () => {
  test("lists recorded calls, filters them, and shows the hour's and the day's stats", async ({ page, request }) => {
    const login = `activity-${Date.now()}@example.com`;
    // Two calls as Okta makes them: one for someone who is not a patient, one the hook cannot read.
    const call = await request.post("/api/hooks/token", { headers: hookAuthHeaders(), data: oktaSampleRequest(login) });
    expect(call.status()).toBe(204);
    const bad = await request.post("/api/hooks/token", {
      headers: { ...hookAuthHeaders(), "content-type": "application/json" },
      data: "{not json",
    });
    expect(bad.status()).toBe(400);

    await signInAsAdmin(page);
    // Calls are recorded just after the hook answers, so the row may take a moment.
    await expect(async () => {
      await page.goto(`/admin/activity?${new URLSearchParams({ login })}`);
      await expect(page.getByRole("table", { name: "Recent hook calls, newest first" }).getByRole("row")).toHaveCount(2);
    }).toPass({ timeout: 10_000 });
    const row = page.getByRole("row").filter({ hasText: login });
    await expect(row).toContainText("Not a patient");
    await expect(row).toContainText("HTTP 204");
    await expect(row.getByRole("cell").nth(3)).toHaveText("–");
    await expect(row.getByRole("cell").nth(4)).toHaveText(/^\d+ ms$/);

    // Stats: at least our two calls in the last hour, one of them an error.
    const hour = page.getByRole("region", { name: "Last hour" });
    const figure = (name: string) => hour.getByRole("term").filter({ hasText: name }).locator("xpath=following-sibling::dd[1]");
    expect(Number(await figure("Calls").textContent())).toBeGreaterThanOrEqual(2);
    await expect(figure("Error rate")).not.toHaveText(/^(0%|–)/);
    await expect(figure("p95 latency")).toHaveText(/\d+ ms|\d\.\d\d s/);
    await expect(hour.getByRole("img", { name: "Hook latency, last hour" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Last 24 hours" })).toBeVisible();
    await expect(page.getByText(/The error rate counts .*lookup_timeout.*lookup_error.*bad_request/)).toBeVisible();

    // Filtering by outcome keeps only those calls.
    await page.getByLabel("Outcome").selectOption({ label: "Bad request" });
    await page.getByLabel(/^Login/).fill("");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/outcome=bad_request/);
    const outcomes = page.getByRole("table", { name: "Recent hook calls, newest first" }).getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(outcomes.first()).toContainText("Bad request");
    for (const text of await outcomes.allTextContents()) expect(text).toContain("Bad request");
  });
});
