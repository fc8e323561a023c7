import { describe, expect, it } from "vitest";
import { resolveLogin } from "@/lib/hook/resolve-login";
import { tokenHookRequestSchema } from "@/okta/hook-request/request-schema";
import { buildPreviewRequest, type PreviewRequestOptions } from "./build-preview-request";

const org = {
  issuer: "https://example.okta.com/oauth2/default",
  client: { id: "0oaClient", name: "Patient Claims", redirectUri: "https://claims.example.org/api/auth/callback/okta" },
};
const options: PreviewRequestOptions = {
  login: "kim.sato@example.com",
  tokens: "both",
  scopes: ["openid", "profile", "email"],
  grantType: "authorization_code",
};

describe("buildPreviewRequest", () => {
  it("builds a request Okta would send for the login, which the hook reads the login from", async () => {
    const request = await buildPreviewRequest(options, org);
    expect(tokenHookRequestSchema.safeParse(request).success).toBe(true);
    expect(resolveLogin(request)).toBe("kim.sato@example.com");
    expect(request.data.identity?.claims.preferred_username).toBe("kim.sato@example.com");
    expect(request.data.access?.claims.sub).toBe("kim.sato@example.com");
    expect(request).toMatchObject({ eventType: "com.okta.oauth2.tokens.transform", source: `${org.issuer}/v1/authorize` });
    expect(Object.keys(request.data)).toEqual(["context", "identity", "access"]);
  });

  it("leaves out the token Okta is not minting", async () => {
    const idOnly = await buildPreviewRequest({ ...options, tokens: "id" }, org);
    expect(idOnly.data.identity).toBeDefined();
    expect(idOnly.data.access).toBeUndefined();
    const accessOnly = await buildPreviewRequest({ ...options, tokens: "access" }, org);
    expect(accessOnly.data.identity).toBeUndefined();
    expect(accessOnly.data.access).toBeDefined();
  });

  it("simulates the refresh grant at the token endpoint, with the refresh token id", async () => {
    const request = await buildPreviewRequest({ ...options, grantType: "refresh_token", scopes: ["openid", "offline_access"] }, org);
    expect(request.source).toBe(`${org.issuer}/v1/token`);
    expect(request.data.context?.protocol?.request?.grant_type).toBe("refresh_token");
    expect(request.data.refresh_token?.jti).toMatch(/^oar/);
  });

  it("gives the same placeholder user id to the same login, whatever its case", async () => {
    const a = await buildPreviewRequest(options, org);
    const b = await buildPreviewRequest({ ...options, login: "Kim.Sato@Example.com" }, org);
    expect(a.data.identity?.claims.sub).toBe(b.data.identity?.claims.sub);
    expect(a.data.identity?.claims.sub).toMatch(/^00u[0-9A-Za-z]{17}$/);
  });
});
