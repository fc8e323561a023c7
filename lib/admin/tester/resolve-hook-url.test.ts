import { describe, expect, it } from "vitest";
import { isHttpsUrl, resolveHookUrl, resolveTesterHookUrl } from "./resolve-hook-url";

const headers = (values: Record<string, string>) => new Headers(values);

describe("resolveHookUrl", () => {
  it("prefers APP_URL, keeping only its origin", () => {
    expect(resolveHookUrl("https://claims.example.org/some/page", headers({ host: "evil.example" }))).toEqual({
      url: "https://claims.example.org/api/hooks/token",
      source: "APP_URL",
    });
  });

  it("falls back to the request's host, honouring a proxy's forwarded host and protocol", () => {
    expect(resolveHookUrl(undefined, headers({ host: "localhost:3000" }))?.url).toBe("http://localhost:3000/api/hooks/token");
    const proxied = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "Claims.Example.org, proxy.internal", "x-forwarded-proto": "https" });
    expect(resolveHookUrl(undefined, proxied)).toEqual({ url: "https://claims.example.org/api/hooks/token", source: "request" });
    expect(resolveHookUrl(undefined, headers({ host: "[::1]:3000", "x-forwarded-proto": "gopher" }))?.url).toBe(
      "http://[::1]:3000/api/hooks/token",
    );
  });

  it("refuses hosts that could carry credentials, a path or another URL", () => {
    for (const host of ["user:pw@evil.example", "evil.example/x", "evil.example#", "a b", "evil.example:99999999"]) {
      expect(resolveHookUrl(undefined, headers({ "x-forwarded-host": host }))).toBeNull();
    }
    expect(resolveHookUrl(undefined, headers({}))).toBeNull();
  });
});

describe("isHttpsUrl", () => {
  it("is true only for https URLs", () => {
    expect(isHttpsUrl("https://a.example/api/hooks/token")).toBe(true);
    expect(isHttpsUrl("http://localhost:3000/api/hooks/token")).toBe(false);
  });
});

describe("resolveTesterHookUrl", () => {
  it("sends to APP_URL, else this server on loopback, never to a host from the request", () => {
    expect(resolveTesterHookUrl({ APP_URL: "https://claims.example.org/x", PORT: 3000, mode: "deployed" })).toBe("https://claims.example.org/api/hooks/token");
    expect(resolveTesterHookUrl({ PORT: 3400, mode: "local" })).toBe("http://127.0.0.1:3400/api/hooks/token");
    // Deployed mode has no fallback: without APP_URL there is nowhere safe to send the secret.
    expect(resolveTesterHookUrl({ PORT: 3000, mode: "deployed" })).toBeNull();
    // It takes no request headers at all, so X-Forwarded-Host cannot reach it.
    expect(resolveTesterHookUrl.length).toBe(1);
  });
});
