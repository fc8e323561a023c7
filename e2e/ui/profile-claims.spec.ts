import { expect, test } from "@playwright/test";
import { profileParts } from "@/e2e/support/profile";
import { signIn } from "@/e2e/support/sign-in";

test.describe("profile: the hook's claim", () => {
  test("a patient sees extPatientId = 6789 in the ID token, marked as added by the hook", async ({ page, context }) => {
    await signIn(page, "kim.sato@example.com");
    const profile = profileParts(page);

    const row = profile.claimRow("extPatientId");
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").first()).toHaveText("6789");
    await expect(row).toContainText("Added by the token inline hook");
    await expect(row).toHaveAttribute("data-hook-claim", "true");
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "present");

    // Standard claims are explained in plain words, and the token is Kim's.
    await expect(profile.claimRow("preferred_username").getByRole("cell").first()).toHaveText("kim.sato@example.com");
    await expect(profile.claimRow("iss")).toContainText("authorization server that minted this token");
    await expect(profile.accessTokenTable.getByRole("rowheader", { name: "scp" })).toBeVisible();

    // The session cookie must stay a single cookie: Auth.js splits it into .0/.1 chunks past 4 KB.
    const cookies = await context.cookies();
    const session = cookies.filter((cookie) => cookie.name.startsWith("authjs.session-token"));
    expect(session.map((cookie) => cookie.name)).toEqual(["authjs.session-token"]);
    const size = session[0]!.name.length + session[0]!.value.length;
    test.info().annotations.push({ type: "session cookie size", description: `${size} bytes` });
    expect(size).toBeLessThan(4000);
  });

  test("the raw ID token can be copied and is the token the table decodes", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, "kim.sato@example.com");

    const raw = page.getByRole("region", { name: "ID token claims" }).locator("pre");
    const token = (await raw.textContent()) ?? "";
    expect(token.split(".")).toHaveLength(3);
    const payload = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    expect(payload.extPatientId).toBe("6789");

    await page.getByRole("button", { name: "Copy ID token" }).click();
    await expect(page.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  });

  test("a user who is not a patient gets no claim and is told why", async ({ page }) => {
    await signIn(page, "alex.doe@example.com");
    const profile = profileParts(page);

    await expect(profile.idTokenTable).toBeVisible();
    await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "not-a-patient");
    await expect(profile.diagnosis).toContainText("You are not in the patient table");
  });
});
