import { describe, expect, it } from "vitest";
import { buildOktaLogoutUrl } from "./okta-logout-url";

describe("buildOktaLogoutUrl", () => {
  it("points at the issuer's /v1/logout with the ID token and where to come back to", () => {
    const url = new URL(
      buildOktaLogoutUrl("https://acme.okta.com/oauth2/default/", "eyJ.a.b", "http://localhost:3000/") ?? "",
    );
    expect(`${url.origin}${url.pathname}`).toBe("https://acme.okta.com/oauth2/default/v1/logout");
    expect(url.searchParams.get("id_token_hint")).toBe("eyJ.a.b");
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("http://localhost:3000/");
  });

  it("gives up without an issuer or an ID token (then only the app session ends)", () => {
    expect(buildOktaLogoutUrl(undefined, "eyJ.a.b", "/")).toBeNull();
    expect(buildOktaLogoutUrl("https://acme.okta.com/oauth2/default", undefined, "/")).toBeNull();
  });
});
