import type { Page } from "@playwright/test";

/** The profile's claim tables and its "why is the claim missing" notice. */
export function profileParts(page: Page) {
  const idTokenSection = page.getByRole("region", { name: "ID token claims" });
  return {
    idTokenSection,
    idTokenTable: idTokenSection.getByRole("table", { name: "ID token claims" }),
    accessTokenTable: page.getByRole("table", { name: "Access token claims" }),
    claimRow: (name: string) =>
      idTokenSection.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}\\b`) }) }),
    diagnosis: page.locator("[data-diagnosis]"),
  };
}
