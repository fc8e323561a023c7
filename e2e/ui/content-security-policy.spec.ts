import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut, submitOktaLogin } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";

/** Every CSP violation the browser reports on the app's own pages (the Okta pages are not ours). */
function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const onApp = message.location().url.startsWith(APP_URL) || page.url().startsWith(APP_URL);
    if (onApp && /Content Security Policy|Refused to (execute|load|apply|connect|frame|send form)/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}

test.describe("the Content-Security-Policy blocks nothing the app needs", () => {
  test("home, sign-in, profile, the admin pages and sign-out run without a violation", async ({ page }) => {
    const violations = collectViolations(page);
    await signIn(page, "sam.admin@example.com");
    await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
    for (const path of ["/admin", "/admin/patients", "/admin/audit", "/admin/setup", "/admin/tester"]) {
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("main")).toBeVisible();
    }
    // Hydrated client navigation and a server action: both fail if scripts or fetches are blocked.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
    await expect(page).toHaveURL(`${APP_URL}/profile`);
    await signOut(page);
    expect(violations).toEqual([]);
  });

  test("only scripts carrying the response's nonce run: an injected inline handler does not", async ({ page }) => {
    const violations = collectViolations(page);
    const response = await page.goto("/");
    const policy = response?.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src ")) ?? "";
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, scriptSrc).toBeTruthy();
    // Next.js put the nonce on every one of its scripts, so the page hydrates and works.
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    // What an XSS would inject: markup with an inline handler. Under 'unsafe-inline' it would run.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="data:," onload="window.__injected = true" alt="">');
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.join("\n")).toMatch(/inline event handler violates the following Content Security Policy directive .script-src/);
    // A second response gets a nonce of its own.
    const again = await page.request.get("/");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    // A plain form post answered with a redirect to Okta: exactly what form-action governs.
    test("the sign-in form still reaches Okta and comes back", async ({ page }) => {
      const violations = collectViolations(page);
      await page.goto("/");
      await page.getByRole("button", { name: "Sign in with Okta" }).click();
      await submitOktaLogin(page, "jessie.smith@example.com");
      await expect(page).toHaveURL(`${APP_URL}/profile`);
      expect(violations).toEqual([]);
    });
  });
});
