import { expect, test } from "@playwright/test";
import { withWrongHookSecret } from "../support/local-okta-hooks";
import { profileParts } from "../support/profile";
import { signIn } from "../support/sign-in";

test("when the hook rejects Okta's call, sign-in still works and the profile says why the claim is missing", async ({
  page,
  request,
}) => {
  await withWrongHookSecret(request, async () => {
    // Rajiv is a patient: with a working hook his token would carry the claim.
    await signIn(page, "rajiv.tal@example.com");
    const profile = profileParts(page);

    await expect(profile.idTokenTable).toBeVisible();
    await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "no-call-recorded");
    await expect(profile.diagnosis).toContainText("You are a patient");
    await expect(profile.diagnosis).toContainText("no hook call was recorded for you at this sign-in");
    await expect(profile.diagnosis).toContainText("credentials for the hook do not match");
  });
});
