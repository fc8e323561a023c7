import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, securityHeaderOptionsFromEnv } from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));
const issuer = "https://example.okta.com/oauth2/default";

describe("buildContentSecurityPolicy", () => {
  it("runs only scripts carrying this response's nonce: never 'unsafe-inline', eval only under next dev", () => {
    const production = buildContentSecurityPolicy({ isDev: false, isDeployed: true, oktaIssuer: issuer, nonce: "n0nce" });
    expect(production).not.toContain("unsafe-eval");
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    const dev = buildContentSecurityPolicy({ isDev: true, isDeployed: false, nonce: "abc" });
    expect(directive(dev, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'");
    expect(directive(dev, "script-src")).not.toContain("unsafe-inline");
  });

  it("lets forms leave only for the Okta issuer's origin in deployed mode", () => {
    const policy = buildContentSecurityPolicy({ isDev: false, isDeployed: true, oktaIssuer: issuer, nonce: "n" });
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://example.okta.com");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("allows the local Okta on any local port in local mode, and ignores a malformed issuer", () => {
    const policy = buildContentSecurityPolicy({ isDev: false, isDeployed: false, oktaIssuer: "not a url", nonce: "n" });
    expect(directive(policy, "form-action")).toBe("form-action 'self' http://localhost:* http://127.0.0.1:*");
  });
});

describe("buildSecurityHeaders", () => {
  const names = (isDeployed: boolean) => buildSecurityHeaders({ isDeployed }).map((header) => header.key);

  it("sends HSTS in deployed mode only", () => {
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });

  it("leaves the CSP to the proxy (it needs a per-request nonce)", () => {
    expect(names(true)).not.toContain("Content-Security-Policy");
  });

  it("always forbids framing and sniffing and trims referrers", () => {
    const headers = Object.fromEntries(buildSecurityHeaders({ isDeployed: false }).map((h) => [h.key, h.value]));
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});

describe("securityHeaderOptionsFromEnv", () => {
  it("reads the mode and the issuer", () => {
    expect(securityHeaderOptionsFromEnv(false, { VERCEL: "1", AUTH_OKTA_ISSUER: issuer })).toEqual({ isDev: false, isDeployed: true, oktaIssuer: issuer });
    expect(securityHeaderOptionsFromEnv(true, {}).isDeployed).toBe(false);
  });
});
