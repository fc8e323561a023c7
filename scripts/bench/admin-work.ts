import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";

/** A CSV of `rows` new patients, `username,patientId,displayName`, as staff would upload it. */
export async function writeImportFile(path: string, rows: number, tag: string): Promise<void> {
  const lines = ["username,patientId,displayName"];
  for (let i = 0; i < rows; i++) lines.push(`bench-${tag}-${i}@example.com,B-${tag}-${i},"Bench, Patient ${i}"`);
  await writeFile(path, `${lines.join("\r\n")}\r\n`);
}

/**
 * Uploads `file` on the Import page, checks it, confirms the import and waits for the summary;
 * the milliseconds it took (the check's read and dry run included: staff go through both).
 */
export async function importThroughApp(page: Page, file: string): Promise<number> {
  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles(file);
  const started = performance.now();
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByTestId("import-check").getByRole("button").click();
  await page.getByTestId("import-summary").waitFor();
  return performance.now() - started;
}

/** Downloads the patient list from the Patients page; the milliseconds and the bytes. */
export async function exportThroughApp(page: Page): Promise<{ ms: number; bytes: number }> {
  await page.goto("/admin/patients");
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^Export all .* \(CSV\)$/ }).click()]);
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return { ms: performance.now() - started, bytes };
}
