import { expect, test } from "@playwright/test";
import { expectAccessibleOnBoth } from "@/e2e/support/axe";
import { removePatients } from "@/e2e/support/test-data";
import { ADMIN, importCsv, openPatient, signInAsAdmin, uniqueTag } from "./admin-patient-steps";

const ROWS = 5_000;

// The audit log for a team: a 5,000-row import is one entry (file, counts, who, when) that
// expands to its rows; opening a patient, each page of a search and exporting are access entries;
// the filtered log exports as CSV.
test.describe("admin: the audit log", () => {
  const tag = uniqueTag();
  const logins = Array.from({ length: ROWS }, (_, i) => `audit-${i}-${tag}@example.com`);
  const fileName = `audit-${tag}.csv`;
  test.afterAll(() => removePatients(logins));

  test("a 5,000-row import is one entry with its rows; opening a patient and exporting are access entries", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsAdmin(page);
    const csv = ["username,patientId,displayName", ...logins.map((login, i) => `${login},AUD-${i}-${tag},"Audit, ${i}"`)].join("\n");
    await importCsv(page, csv, fileName);
    await expect(page.getByTestId("import-summary")).toContainText("5,000 new, 0 updated, 0 unchanged", { timeout: 60_000 });

    // One entry for the whole file, naming it, with its counts and who imported it.
    await page.goto(`/admin/audit?${new URLSearchParams({ action: "import_file", q: fileName })}`);
    const entries = page.getByTestId("audit-entry");
    await expect(entries).toHaveCount(1);
    const entry = entries.first();
    await expect(entry).toContainText(`Imported ${fileName}`);
    await expect(entry).toContainText("5,000 rows: 5,000 new, 0 updated, 0 unchanged");
    await expect(entry).toContainText(ADMIN);
    // It expands to its rows; all 5,000 are one link away.
    await entry.getByText("Show the 5,000 changed rows").click();
    await expect(entry.getByText("Added by import")).toHaveCount(10);
    await expectAccessibleOnBoth(page, "audit log, an import expanded");
    await entry.getByRole("link", { name: "All 5,000 rows of this import" }).click();
    await expect(page.getByTestId("audit-count")).toContainText("5,000 entries: rows of import");

    // Access: a search, a patient opened, an export of the search's matches.
    await openPatient(page, logins[7] as string);
    await page.goto(`/admin/patients?${new URLSearchParams({ q: tag })}`);
    const exportLink = page.getByRole("link", { name: "Export 5,000 matching (CSV)" });
    const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^patients-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    // Page 2 of the search shows other patients: it is recorded too, naming its page.
    const pages = page.getByRole("navigation", { name: "Patient pages" });
    await pages.getByRole("link", { name: "Page 2", exact: true }).click();
    await expect(pages.locator("[aria-current=page]")).toHaveText("Page 2");

    await page.goto(`/admin/audit?${new URLSearchParams({ action: "access", actor: "sam.admin", q: tag })}`);
    await expect(entries.filter({ hasText: "Opened a patient" })).toContainText(`Login: ${logins[7]}`);
    await expect(entries.filter({ hasText: "Exported matching patients" })).toContainText(`Search: “${tag}” · 5,000 rows`);
    // The search for the tag, page 1 then page 2 (the newer first); openPatient searched a login too.
    const searches = entries.filter({ hasText: "Searched patients" }).filter({ hasText: `Search: “${tag}”` });
    await expect(searches).toHaveCount(2);
    await expect(searches.nth(0)).toContainText(`Search: “${tag}” · page 2, 25 a page · 5,000 rows`);
    await expect(searches.nth(1)).toContainText(`Search: “${tag}” · page 1, 25 a page · 5,000 rows`);
    for (const row of await entries.all()) await expect(row).toContainText(ADMIN);

    // The filtered log as CSV, its name saying it is filtered; the export is recorded too.
    const response = await page.request.get(`/admin/audit/export?${new URLSearchParams({ action: "access", q: tag })}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/filename="audit-log-filtered-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = (await response.body()).toString("utf8");
    expect(text.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8").toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("time_utc,person,person_type,action,login,patient_id,subject,rows,before,after,detail");
    expect(lines.filter((line) => line.includes(",view_patient,"))).toHaveLength(1);
    expect(lines.some((line) => line.includes(`,export_patients,,,${tag},5000,`))).toBe(true);
    expect(lines.filter((line) => line.includes(`,search_patients,,,${tag},5000,,,"{""page"":2,""size"":25}"`))).toHaveLength(1);
    await page.goto(`/admin/audit?${new URLSearchParams({ action: "export_audit" })}`);
    await expect(entries.first()).toContainText(`Filters: access (opened, searched, previewed, exported), matching “${tag}”`);
  });
});
