import { expect, test, type Page } from "@playwright/test";
import { profileParts } from "@/e2e/support/profile";
import { signIn, signOut } from "@/e2e/support/sign-in";
import { removePatients } from "@/e2e/support/test-data";
import { addPatient, deletePatient, signInAsAdmin } from "./admin-patient-steps";

// alex.doe is the local Okta's non-patient; other specs rely on that, so this spec always undoes it.
const ALEX = "alex.doe@example.com";

async function alexProfile(page: Page) {
  await signIn(page, ALEX);
  return profileParts(page);
}

test.describe("admin changes reach the next sign-in", () => {
  test.afterEach(() => removePatients([ALEX]));

  test("adding alex.doe → 9999 gives the claim at the next sign-in; deleting takes it away", async ({ page }) => {
    await signInAsAdmin(page);
    await addPatient(page, { username: ALEX, patientId: "9999", displayName: "Alex Doe" });
    await signOut(page);

    let profile = await alexProfile(page);
    await expect(profile.claimRow("extPatientId").getByRole("cell").first()).toHaveText("9999");
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "present");
    await signOut(page);

    await signInAsAdmin(page);
    await deletePatient(page, ALEX);
    await signOut(page);

    profile = await alexProfile(page);
    await expect(profile.idTokenTable).toBeVisible();
    await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "not-a-patient");
  });
});
