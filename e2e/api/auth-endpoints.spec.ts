import { expect, test } from "@playwright/test";
import { APP_URL } from "@/e2e/support/stack";

test.describe("auth endpoints without a browser", () => {
  test("Auth.js offers exactly the Okta provider, with its callback on this app", async ({ request }) => {
    const response = await request.get("/api/auth/providers");
    expect(response.status()).toBe(200);
    const providers = (await response.json()) as Record<string, { id: string; type: string; callbackUrl: string }>;
    expect(Object.keys(providers)).toEqual(["okta"]);
    expect(providers.okta).toMatchObject({ type: "oidc", callbackUrl: `${APP_URL}/api/auth/callback/okta` });
  });

  test("an anonymous session is empty", async ({ request }) => {
    const response = await request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    expect(await response.json()).toBeNull();
  });

  for (const path of ["/profile", "/admin", "/admin/patients?page=2"]) {
    test(`anonymous GET ${path} is redirected to sign in, keeping the path`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const location = new URL(response.headers().location ?? "", APP_URL);
      expect(location.pathname).toBe("/");
      expect(location.searchParams.get("callbackUrl")).toBe(path);
    });
  }

  test("the home page is public", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Sign in with Okta");
  });
});
