import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OKTA_SAMPLE_REQUEST_FIXTURE, readOktaFixture } from "@/okta/okta-fixtures";
import { generateRequestSchema, parseRequestText } from "./tester-input";

const fixture = readOktaFixture(OKTA_SAMPLE_REQUEST_FIXTURE);

describe("generateRequestSchema", () => {
  it("trims the login and splits scopes on whitespace", () => {
    const parsed = generateRequestSchema.parse({
      login: " kim.sato@example.com ",
      tokens: "both",
      grantType: "authorization_code",
      scopes: " openid  profile\temail ",
    });
    expect(parsed).toEqual({
      login: "kim.sato@example.com",
      tokens: "both",
      grantType: "authorization_code",
      scopes: ["openid", "profile", "email"],
    });
  });

  it("names the field that is wrong", () => {
    const result = generateRequestSchema.safeParse({ login: "  ", tokens: "refresh", grantType: "implicit", scopes: "" });
    expect(result.success).toBe(false);
    const fields = result.success ? [] : Object.keys(z.flattenError(result.error).fieldErrors);
    expect(fields.sort()).toEqual(["grantType", "login", "scopes", "tokens"]);
  });

  it("requires openid when an ID token is minted, not for an access token alone", () => {
    const idWithoutOpenid = generateRequestSchema.safeParse({ login: "a@b.io", tokens: "id", grantType: "authorization_code", scopes: "profile" });
    expect(idWithoutOpenid.success ? null : idWithoutOpenid.error.issues[0]).toMatchObject({
      path: ["scopes"],
      message: "An ID token needs the openid scope.",
    });
    expect(generateRequestSchema.safeParse({ login: "a@b.io", tokens: "access", grantType: "refresh_token", scopes: "api:read" }).success).toBe(true);
  });
});

describe("parseRequestText", () => {
  it("accepts Okta's own sample request and keeps it as written (unknown fields too) to send", () => {
    const parsed = parseRequestText(fixture);
    expect(parsed).toMatchObject({ ok: true, json: JSON.parse(fixture), shapeProblem: null });
    expect(parsed.ok && parsed.request?.data.identity?.claims.sub).toBe("00uq8tMo3zV0OfJON0g3");
  });

  it("explains invalid JSON with where the problem is", () => {
    const broken = fixture.replace('"eventType"', "eventType");
    const parsed = parseRequestText(broken);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.error).toMatch(/^This is not valid JSON: .*line 8\b/);
  });

  it("refuses empty text and non-objects, and flags a body Okta would never send", () => {
    expect(parseRequestText("   ")).toMatchObject({ ok: false, error: expect.stringContaining("empty") });
    expect(parseRequestText("[1, 2]")).toMatchObject({ ok: false, error: expect.stringContaining("JSON object") });
    expect(parseRequestText('{"eventType": "other"}')).toMatchObject({
      ok: true,
      request: null,
      shapeProblem: expect.stringMatching(/^Okta would never send this: eventId/),
    });
  });
});
