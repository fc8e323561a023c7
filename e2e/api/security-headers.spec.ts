import { expect, test, type APIResponse } from "@playwright/test";
import { E2E_DEPLOYED } from "@/e2e/support/deployed-stack";
import { OKTA_URL } from "@/e2e/support/stack";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

/** Whether a form-action source list lets a form (or its redirect) reach this origin. */
function allowsOrigin(sources: string[], origin: string): boolean {
  const { protocol, hostname } = new URL(origin);
  return sources.some((source) => source === origin || source === `${protocol}//${hostname}:*`);
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"] ?? "");
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  // The suite runs `next start`: a production build never needs eval. Inline scripts run only
  // with this response's nonce (proxy.ts), never 'unsafe-inline'.
  const scriptSrc = policy.get("script-src") ?? [];
  expect(scriptSrc).toHaveLength(3);
  expect(scriptSrc[0]).toBe("'self'");
  expect(scriptSrc[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==?'$/);
  expect(scriptSrc[2]).toBe("'strict-dynamic'");
  // Sign-in and sign-out are form posts answered with a redirect to the Okta issuer.
  expect(allowsOrigin(policy.get("form-action") ?? [], OKTA_URL)).toBe(true);
  expect(allowsOrigin(policy.get("form-action") ?? [], "https://evil.example")).toBe(false);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  if (E2E_DEPLOYED) expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  else expect(headers["strict-transport-security"]).toBeUndefined();
}

test.describe("security headers on every kind of response", () => {
  test("the public home page", async ({ request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response);
  });

  test("the proxy's sign-in redirect from /profile", async ({ request }) => {
    const response = await request.get("/profile", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expectSecurityHeaders(response);
  });

  test("the health route", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response);
  });

  test("a fresh nonce for every response", async ({ request }) => {
    const policies = await Promise.all([request.get("/"), request.get("/")].map(async (response) => (await response).headers()["content-security-policy"]));
    expect(policies[0]).not.toBe(policies[1]);
  });

  test("the token hook's answers carry no page headers (the proxy never runs on its path)", async ({ request }) => {
    const response = await request.post("/api/hooks/token", { data: {} });
    expect(response.status()).toBe(401);
    const headers = response.headers();
    for (const name of ["content-security-policy", "x-frame-options", "permissions-policy", "referrer-policy", "set-cookie"]) {
      expect(headers[name], name).toBeUndefined();
    }
  });
});
