import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatZodError, tokenHookRequestSchema } from "./request-schema";

// Okta's own sample payloads (okta/fixtures/README.md says where each came from), never edited.
const REQUESTS = new URL("../fixtures/requests/", import.meta.url);
const requestFiles = readdirSync(REQUESTS).filter((name) => name.endsWith(".json"));
const readRequest = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, REQUESTS), "utf8"));
const sample = () => readRequest("devdocs-reference-sample-2024-01.json");

function setAt(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return target;
}

function parseError(input: unknown): string {
  const result = tokenHookRequestSchema.safeParse(input);
  if (result.success) throw new Error("expected the request to be refused");
  return formatZodError(result.error);
}

describe("tokenHookRequestSchema", () => {
  it("finds both request fixtures", () => {
    expect(requestFiles).toEqual(["devdocs-reference-sample-2024-01.json", "openapi-TokenPayLoadExample.json"]);
  });

  it.each(requestFiles)("accepts %s and exposes the fields the hook reads", (name) => {
    const request = tokenHookRequestSchema.parse(readRequest(name));
    expect(request.eventType).toBe("com.okta.oauth2.tokens.transform");
    expect(request.eventId).toBe("3OWo4oo-QQ-rBWfRyTmQYw");
    expect(request.data.context?.user?.profile?.login).toBe("administrator1@clouditude.net");
    expect(request.data.context?.protocol?.request).toMatchObject({
      scope: "openid profile email",
      client_id: "customClientIdNative",
    });
    expect(request.data.identity?.claims.preferred_username).toBe("administrator1@clouditude.net");
    expect(request.data.identity?.token?.lifetime?.expiration).toBe(3600);
    expect(request.data.access?.token?.lifetime?.expiration).toBe(3600);
    expect(request.data.access?.scopes?.openid?.action).toBe("GRANT");
    expect(request.data.refresh_token?.jti).toBe("oarob4a0tckCkGcyo1d6");
  });

  it("keeps fields it does not read (loose objects)", () => {
    const request = tokenHookRequestSchema.parse(readRequest("devdocs-reference-sample-2024-01.json"));
    expect(request.source).toBe("https://${yourOktaDomain}/oauth2/default/v1/authorize");
    expect(request.data.context?.session).toMatchObject({ status: "ACTIVE" });
    expect(request.data.context?.policy).toEqual({ id: "00pq8lGaLlI8APuqY0g3", rule: { id: "0prq8mLKuKAmavOvq0g3" } });
  });

  it("accepts a request with only the envelope (Okta may omit user, identity, access, refresh_token)", () => {
    const request = tokenHookRequestSchema.parse({ eventId: "e1", eventType: "com.okta.oauth2.tokens.transform", data: {} });
    expect(request.data.identity).toBeUndefined();
    expect(request.data.access).toBeUndefined();
  });

  it.each([
    ["eventId", 5, "eventId: expected a string"],
    ["eventType", "com.okta.import.transform", 'eventType: expected "com.okta.oauth2.tokens.transform"'],
    ["data", "x", "data: expected an object"],
    ["data.context.user.profile.login", 42, "data.context.user.profile.login: expected a string"],
    ["data.context.protocol.request.grant_type", 1, "data.context.protocol.request.grant_type: expected a string"],
    ["data.context.protocol.request.scope", ["openid"], "data.context.protocol.request.scope: expected a string"],
    ["data.context.protocol.request.client_id", null, "data.context.protocol.request.client_id: expected a string"],
    ["data.identity.claims", "x", "data.identity.claims: expected an object"],
    ["data.identity.claims", ["sub"], "data.identity.claims: expected an object"],
    ["data.identity.token.lifetime.expiration", 3600.5, "data.identity.token.lifetime.expiration: expected an integer"],
    ["data.access.claims", 1, "data.access.claims: expected an object"],
    ["data.access.scopes", "openid", "data.access.scopes: expected an object"],
    ["data.access.scopes.openid", "GRANT", "data.access.scopes.openid: expected an object"],
    ["data.access.token.lifetime.expiration", 1.5, "data.access.token.lifetime.expiration: expected an integer"],
    ["data.refresh_token.jti", 7, "data.refresh_token.jti: expected a string"],
  ])("refuses %s = %j with a message naming the path", (path, value, message) => {
    expect(parseError(setAt(sample(), path, value))).toBe(message);
  });

  it("requires claims inside identity and access", () => {
    expect(parseError(setAt(sample(), "data.identity", {}))).toBe("data.identity.claims: expected an object");
    expect(parseError(setAt(sample(), "data.access", { scopes: {} }))).toBe("data.access.claims: expected an object");
  });

  it("names the first problem and counts the rest", () => {
    const request = setAt(setAt(sample(), "eventId", 1), "data.identity.claims", null);
    expect(parseError(request)).toBe("eventId: expected a string (and 1 more problem)");
  });

  it("describes a non-object body and odd keys readably", () => {
    expect(parseError("hello")).toBe("request body: expected an object");
    const request = setAt(sample(), "data.access.scopes", { "okta:users.read": 1 });
    expect(parseError(request)).toBe('data.access.scopes["okta:users.read"]: expected an object');
  });
});
