import { expect, type Page } from "@playwright/test";
import { reuseSignIn } from "@/e2e/support/sign-in";

/** The local Okta's staff user (group "Patient Admins"). */
export const ADMIN = "sam.admin@example.com";

/** Logins and IDs no other spec (or an earlier run) can have: tests never depend on run order. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** An Okta user who is not staff, for what the admin must refuse (not a patient until a spec makes them one). */
export const NON_ADMIN = "alex.doe@example.com";

/** Opens the patient list as the staff user (a session reused within the worker: reuseSignIn). */
export async function signInAsAdmin(page: Page): Promise<void> {
  await reuseSignIn(page, ADMIN);
  await page.goto("/admin/patients");
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
}

export async function searchPatients(page: Page, q: string): Promise<void> {
  await page.goto("/admin/patients");
  await page.getByRole("searchbox", { name: "Search patients" }).fill(q);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin/patients" && url.searchParams.get("q") === q.trim());
}

export async function addPatient(page: Page, patient: { username: string; patientId: string; displayName?: string }): Promise<void> {
  await page.goto("/admin/patients/new");
  await page.getByLabel("Okta login").fill(patient.username);
  await page.getByLabel("Patient ID").fill(patient.patientId);
  if (patient.displayName) await page.getByLabel("Display name").fill(patient.displayName);
  await page.getByRole("button", { name: "Add patient" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(patient.username.trim().toLowerCase());
}

/**
 * Uploads `csv` on the import page and checks it; when the check finds no problem, confirms the
 * import (the summary or the problems are for the caller to check).
 */
export async function importCsv(page: Page, csv: string, name = "patients.csv"): Promise<void> {
  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check file" }).click();
  const checked = page.getByTestId("import-check");
  const problems = page.getByRole("status").filter({ hasText: "Nothing was imported" });
  await expect(checked.or(problems)).toBeVisible({ timeout: 30_000 });
  if (await checked.isVisible()) await checked.getByRole("button").click();
}

/** Opens the patient's edit page from a search for their exact login. */
export async function openPatient(page: Page, login: string): Promise<void> {
  await page.goto(`/admin/patients?${new URLSearchParams({ q: login })}`);
  await page.getByRole("link", { name: login, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit patient", level: 1 })).toBeVisible();
}

export async function deletePatient(page: Page, login: string): Promise<void> {
  await openPatient(page, login);
  await page.getByRole("button", { name: "Delete patient…" }).click();
  await page.getByRole("dialog", { name: "Delete this patient?" }).getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "was deleted" })).toContainText(login);
}
