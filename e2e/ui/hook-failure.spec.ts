import { expect, test } from "@playwright/test";
import { withHookUri, withWrongHookSecret } from "@/e2e/support/local-okta-hooks";
import { profileParts } from "@/e2e/support/profile";
import { signIn, signInFromHome, submitOktaLogin } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";
import { startStandInHook } from "@/e2e/support/stand-in-hook";

// Rajiv is a patient: with a working hook his ID token would carry the claim.
const PATIENT = "rajiv.tal@example.com";

test("when the hook rejects Okta's call, sign-in still works and the profile says why the claim is missing", async ({
  page,
  request,
}) => {
  await withWrongHookSecret(request, async () => {
    await signIn(page, PATIENT);
    const profile = profileParts(page);

    await expect(profile.idTokenTable).toBeVisible();
    await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    // The refused call is counted by reason: the profile names it, and not the policy rule.
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "calls-refused");
    await expect(profile.diagnosis).toContainText("Okta called the hook around your sign-in, but the hook refused the call (401): wrong secret.");
    await expect(profile.diagnosis).toContainText("HOOK_AUTH_SECRETS");
    await expect(profile.diagnosis).not.toContainText("access policy rule");
  });
});

test("when the hook never answers, Okta gives up after 3 s and issues the token without the claim", async ({
  page,
  request,
}) => {
  const silent = await startStandInHook(() => undefined);
  try {
    await withHookUri(request, silent.url, async () => {
      await page.goto("/");
      await page.getByRole("button", { name: "Sign in with Okta" }).click();
      const started = Date.now(); // from the Okta form's submit: the hook's wait is in what follows
      await submitOktaLogin(page, PATIENT);
      await expect(page).toHaveURL(`${APP_URL}/profile`);
      // docs/okta-token-hook.md §4.2: Okta waits 3 s for the hook, then mints the tokens unchanged (no retry).
      expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
      expect(silent.calls).toBe(1);

      const profile = profileParts(page);
      await expect(profile.idTokenTable).toBeVisible();
      await expect(profile.claimRow("email")).toHaveCount(1);
      await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    });
  } finally {
    await silent.close();
  }
});

test("when the hook answers with an error object, Okta refuses the tokens and the app shows Okta's reason", async ({
  page,
  request,
}) => {
  const failing = await startStandInHook((response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { errorSummary: "Patient lookup failed" } }));
  });
  try {
    await withHookUri(request, failing.url, async () => {
      await signInFromHome(page, PATIENT);

      // docs/okta-token-hook.md §3.4: no token; the OAuth error is server_error with the hook's errorSummary.
      await expect(page).toHaveURL(`${APP_URL}/?error=OktaRefused`);
      const notice = page.getByRole("status").filter({ hasText: "Sign-in did not finish" });
      await expect(notice).toContainText(
        "Okta refused to issue your tokens (server_error). Okta said: “Patient lookup failed”",
      );
      await expect(page.getByRole("heading", { name: "You are signed out." })).toBeVisible();
      expect(failing.calls).toBe(1);
    });
  } finally {
    await failing.close();
  }

  // With the hook back, signing in again (Okta remembers the person) gives tokens with the claim.
  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await expect(page).toHaveURL(`${APP_URL}/profile`);
  await expect(profileParts(page).claimRow("extPatientId")).toHaveCount(1);
});
