import { describe, expect, it } from "vitest";
import type { TokenHookRequest } from "@/okta/hook-request/request-schema";
import { resolveLogin } from "./resolve-login";

const request = (data: Record<string, unknown>) =>
  ({ eventType: "com.okta.oauth2.tokens.transform", eventId: "e", data }) as unknown as TokenHookRequest;

describe("resolveLogin", () => {
  it("prefers context.user.profile.login, normalised", () => {
    const data = {
      context: { user: { profile: { login: "  Kim.Sato@Example.com " } } },
      identity: { claims: { preferred_username: "other@example.com" } },
    };
    expect(resolveLogin(request(data))).toBe("kim.sato@example.com");
  });

  it("falls back to preferred_username, then an email-shaped access token sub", () => {
    expect(resolveLogin(request({ identity: { claims: { preferred_username: "A@B.io" } } }))).toBe("a@b.io");
    expect(resolveLogin(request({ access: { claims: { sub: "x@y.org" } } }))).toBe("x@y.org");
  });

  it("finds no login for a client-credentials style request", () => {
    expect(resolveLogin(request({ access: { claims: { sub: "0oa1b2c3d4" } } }))).toBeNull();
    expect(resolveLogin(request({ context: { user: { profile: { login: "   " } } } }))).toBeNull();
  });
});
