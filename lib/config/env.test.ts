import { describe, expect, it } from "vitest";
import { DEV_HOOK_AUTH_SECRET, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives local mode the development defaults", () => {
    const env = parseEnv({});
    expect(env.mode).toBe("local");
    expect(env.hookAuthSecrets).toEqual([DEV_HOOK_AUTH_SECRET]);
    expect(env).toMatchObject({ HOOK_CLAIM_NAME: "extPatientId", HOOK_CLAIM_TOKENS: ["id"], HOOK_LOOKUP_TIMEOUT_MS: 2000, HOOK_FAILURE_MODE: "open" });
  });

  it("gives deployed mode no default secret", () => {
    expect(parseEnv({ VERCEL: "1" }).hookAuthSecrets).toEqual([]);
    expect(parseEnv({ APP_ENV: "production" }).mode).toBe("deployed");
  });

  it("splits rotated secrets and claim tokens", () => {
    const env = parseEnv({ HOOK_AUTH_SECRETS: "one, two ,", HOOK_CLAIM_TOKENS: "id,access" });
    expect(env.hookAuthSecrets).toEqual(["one", "two"]);
    expect(env.HOOK_CLAIM_TOKENS).toEqual(["id", "access"]);
  });

  it("names each wrong variable and what it expects", () => {
    expect(() => parseEnv({ HOOK_LOOKUP_TIMEOUT_MS: "abc", HOOK_FAILURE_MODE: "maybe", DATABASE_URL: "mysql://x" })).toThrow(
      /HOOK_LOOKUP_TIMEOUT_MS: expected a whole number from 10 to 2900[\s\S]*HOOK_FAILURE_MODE: expected "open" or "closed"|DATABASE_URL/,
    );
    expect(() => parseEnv({ HOOK_OAUTH_ISSUER: "https://example.okta.com/oauth2/default" })).toThrow(/expected both or neither/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ HOOK_CLAIM_NAME: "" }).HOOK_CLAIM_NAME).toBe("extPatientId");
  });
});

describe("parseEnv: claim name", () => {
  it("refuses a claim name Okta reserves", () => {
    expect(() => parseEnv({ HOOK_CLAIM_NAME: "groups" })).toThrow(/HOOK_CLAIM_NAME: "groups" is reserved/);
    expect(parseEnv({ HOOK_CLAIM_NAME: "sub", HOOK_CLAIM_TOKENS: "access" }).HOOK_CLAIM_NAME).toBe("sub");
  });
});

describe("parseEnv: database query budget", () => {
  it("defaults to 30 s, which fits the largest import, and accepts 1 s to 5 min", () => {
    expect(parseEnv({}).DATABASE_QUERY_TIMEOUT_MS).toBe(30_000);
    expect(parseEnv({ DATABASE_QUERY_TIMEOUT_MS: "2000" }).DATABASE_QUERY_TIMEOUT_MS).toBe(2000);
    for (const wrong of ["999", "300001", "2.5", "soon"]) {
      expect(() => parseEnv({ DATABASE_QUERY_TIMEOUT_MS: wrong })).toThrow(/DATABASE_QUERY_TIMEOUT_MS: expected a whole number from 1000 to 300000/);
    }
  });
});
