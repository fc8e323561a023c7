import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenHookRequestSchema } from "../hook-request/request-schema";
import { sampleMintContext } from "../test-support/sample-mint-context";
import { buildTokenHookRequest } from "./build-hook-request";
import { draftOktaTokens } from "./draft-tokens";

// Okta's own sample requests, read in place (never copied).
const REQUESTS = new URL("../fixtures/requests/", import.meta.url);
const fixtures = readdirSync(REQUESTS)
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, REQUESTS), "utf8")) as Record<string, unknown>] as const);

// Claims and scopes are compared on their own: their names depend on the org's configuration.
const OWN_SUBTREES = ["data.identity.claims", "data.access.claims", "data.access.scopes"];

/** Every key path of a JSON value ("data.context.user.profile.login", …), arrays by their first item. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (OWN_SUBTREES.includes(prefix)) return [prefix];
  if (Array.isArray(value)) return value.length === 0 ? [prefix] : keyPaths(value[0], `${prefix}[]`);
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

const build = (overrides = {}) => {
  const mint = sampleMintContext(overrides);
  return buildTokenHookRequest(mint, draftOktaTokens(mint), { id: "3OWo4oo-QQ-rBWfRyTmQYw", time: mint.now });
};

describe("buildTokenHookRequest", () => {
  it.each(fixtures)("has every key, at every level, that Okta sends in %s", (_name, fixture) => {
    expect(keyPaths(build()).sort()).toEqual(keyPaths(fixture).sort());
  });

  it.each(fixtures)("sends the ID token claims of %s, and its access token base claims", (_name, fixture) => {
    const data = fixture.data as { identity: { claims: object }; access: { claims: object; scopes: Record<string, object> } };
    const request = build();
    expect(Object.keys(request.data.identity?.claims ?? {})).toEqual(Object.keys(data.identity.claims));
    // The fixture's access token also carries two claims configured in that org (firstName, preferred_username).
    const base = Object.keys(data.access.claims).filter((claim) => !["firstName", "preferred_username"].includes(claim));
    expect(Object.keys(request.data.access.claims)).toEqual([...base, "auth_time"]);
    expect(Object.keys(request.data.access.scopes)).toEqual(Object.keys(data.access.scopes));
    expect(Object.values(request.data.access.scopes)[0]).toEqual({ id: expect.stringMatching(/^scp\w{17}$/), action: "GRANT" });
  });

  it("writes times as Okta does and leaves iat/exp out of the claims", () => {
    const request = build();
    expect(request.eventTime).toBe("2026-01-15T23:20:47.000Z");
    expect(request.data.context.session?.createdAt).toBe("2026-01-15T23:17:09.000Z");
    expect(request.data.identity?.claims).not.toHaveProperty("iat");
    expect(request.data.access.claims).not.toHaveProperty("exp");
    expect(request.data.access.claims.sub).toBe("jessie.smith@example.com");
  });

  it("omits identity without an ID token and refresh_token without a refresh token", () => {
    const request = build({ idToken: undefined, refreshTokenJti: undefined, scopes: ["email"] });
    expect(request.data).not.toHaveProperty("identity");
    expect(request.data).not.toHaveProperty("refresh_token");
  });

  it("shapes the refresh grant as a call at /v1/token with the original grant", () => {
    const request = build({
      trigger: { endpoint: "token", requestId: "r2", method: "POST", url: "http://localhost:3001/oauth2/default/v1/token", ipAddress: "127.0.0.1" },
      protocolRequest: { client_id: "c1", grant_type: "refresh_token", scope: "openid profile email" },
      originalGrant: { authorization: { response_type: "code", client_id: "c1" }, refreshTokenJti: "oarob4a0tckCkGcyo1d6" },
    });
    expect(request.source).toBe("http://localhost:3001/oauth2/default/v1/token");
    expect(request.data.context.protocol.OriginalGrant).toEqual({
      authorization: { response_type: "code", client_id: "c1" },
      refresh_token: { jti: "oarob4a0tckCkGcyo1d6" },
    });
    expect(request.data.refresh_token).toEqual({ jti: "oarob4a0tckCkGcyo1d6" });
  });

  it("is accepted by the hook service's request schema", () => {
    expect(tokenHookRequestSchema.safeParse(build()).success).toBe(true);
  });
});
