import { expect, test } from "@playwright/test";
import { removePatients } from "@/e2e/support/test-data";
import { importCsv, searchPatients, signInAsAdmin, uniqueTag } from "./admin-patient-steps";

test.describe("admin: CSV import and export", () => {
  const tag = uniqueTag();
  const first = `e2e-import-a-${tag}@example.com`;
  const second = `e2e-import-b-${tag}@example.com`;

  test.afterAll(() => removePatients([first, second]));

  test("a file with one bad line imports nothing and names the line; the fixed file imports", async ({ page }) => {
    await signInAsAdmin(page);
    const bad = ["username,patientId,displayName", `${first},IMP-A-${tag},First`, `not-a-login,IMP-X-${tag}`, `${second},IMP-B-${tag}`].join("\r\n");
    await importCsv(page, bad);
    const problems = page.getByRole("status").filter({ hasText: "Nothing was imported" });
    await expect(problems).toContainText("1 problem in patients.csv");
    await expect(problems.getByRole("list", { name: "Problems by line" }).getByRole("listitem")).toHaveText([
      /^Line 3 · username · not-a-login: username: An Okta login looks like an email address/,
    ]);
    // The file stays chosen after a failed check, to fix and check again.
    await expect.poll(() => page.getByLabel("CSV file").evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
    await searchPatients(page, `import-a-${tag}`);
    await expect(page.getByText("No patient matches your search.")).toBeVisible();

    // BOM, quoted name with a comma and quotes, a formula-looking name, blank lines: all fine.
    const good = `\uFEFF${first},IMP-A-${tag},"Sato, Kim ""K"""\r\n\r\n${second},IMP-B-${tag},"=HYPERLINK(""http://x"")"\r\n`;
    await importCsv(page, good);
    await expect(page.getByTestId("import-summary")).toContainText("2 new, 0 updated, 0 unchanged");
    await searchPatients(page, `e2e-import-a-${tag}`);
    await expect(page.getByRole("row").filter({ hasText: first })).toContainText('Sato, Kim "K"');

    // Again, with one ID changed: one update, one row already up to date.
    await importCsv(page, `${first},IMP-A-${tag},"Sato, Kim ""K"""\n${second},IMP-B2-${tag},"=HYPERLINK(""http://x"")"\n`);
    await expect(page.getByTestId("import-summary")).toContainText("0 new, 1 updated, 1 unchanged");

    // A patient ID that belongs to someone else is refused by line; nothing changes.
    await importCsv(page, `${first},6789\n`);
    await expect(page.getByRole("status").filter({ hasText: "Nothing was imported" })).toContainText(
      "Line 1 · patientId · 6789: patientId: 6789 already belongs to kim.sato@example.com.",
    );
  });

  test("the export is CSV with formula-looking cells defused, and imports back unchanged", async ({ page }) => {
    await signInAsAdmin(page);
    await importCsv(page, `${first},IMP-A-${tag},Plain\n${second},IMP-B-${tag},=1+2\n`);
    await expect(page.getByTestId("import-summary")).toBeVisible();

    const response = await page.request.get(`/admin/patients/export?${new URLSearchParams({ q: tag })}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="patients-filtered-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = (await response.body()).toString("utf8");
    expect(csv).toBe(
      `\uFEFFusername,patientId,displayName\r\n${first},IMP-A-${tag},Plain\r\n${second},IMP-B-${tag},"'=1+2"\r\n`,
    );

    await importCsv(page, csv, "export.csv");
    await expect(page.getByTestId("import-summary")).toContainText("0 new, 0 updated, 2 unchanged");
  });

  test("a file over 5 MB is refused before upload with a clear message", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/import");
    await page.getByLabel("CSV file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, "a") });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByLabel("CSV file")).toHaveAccessibleDescription(/larger than 5 MB/);
  });
});
