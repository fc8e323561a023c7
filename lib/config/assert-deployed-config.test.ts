import { describe, expect, it } from "vitest";
import { assertDeployedConfig } from "./assert-deployed-config";
import { DEV_HOOK_AUTH_SECRET, EnvError } from "./env";

const complete = {
  APP_ENV: "production",
  DATABASE_URL: "postgresql://app@db.example.com:5432/claims",
  AUTH_SECRET: "x".repeat(32),
  AUTH_OKTA_ISSUER: "https://example.okta.com/oauth2/default",
  AUTH_OKTA_ID: "0oa-client",
  AUTH_OKTA_SECRET: "client-secret",
  HOOK_AUTH_SECRETS: "Basic bm90LXRoZS1kZWZhdWx0",
};

const withoutSecrets = { ...complete, HOOK_AUTH_SECRETS: undefined };

function messageOf(source: Record<string, string | undefined>): string {
  try {
    assertDeployedConfig(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected assertDeployedConfig to throw");
}

describe("assertDeployedConfig", () => {
  it("lets local mode start with nothing set (the stack fills the gaps)", () => {
    expect(assertDeployedConfig({}).mode).toBe("local");
  });

  it("accepts a complete deployed configuration", () => {
    expect(assertDeployedConfig(complete)).toMatchObject({ mode: "deployed", hookAuthSecrets: [complete.HOOK_AUTH_SECRETS] });
    const oauth = { ...withoutSecrets, HOOK_OAUTH_ISSUER: "https://example.okta.com/oauth2/hooks", HOOK_OAUTH_AUDIENCE: "api://hooks" };
    expect(assertDeployedConfig(oauth).hookAuthSecrets).toEqual([]);
  });

  it("names everything missing in one error, on Vercel as with APP_ENV", () => {
    for (const source of [{ APP_ENV: "production" }, { VERCEL: "1" }]) {
      const message = messageOf(source);
      for (const name of ["DATABASE_URL", "AUTH_SECRET", "AUTH_OKTA_ISSUER", "AUTH_OKTA_ID", "AUTH_OKTA_SECRET", "HOOK_AUTH_SECRETS"]) {
        expect(message).toContain(`- ${name}`);
      }
    }
  });

  it("treats empty and comma-only values as missing", () => {
    const message = messageOf({ ...complete, AUTH_SECRET: "", HOOK_AUTH_SECRETS: " , " });
    expect(message).toMatch(/- AUTH_SECRET: at least 32/);
    expect(message).toMatch(/- HOOK_AUTH_SECRETS \(or HOOK_OAUTH_ISSUER/);
    expect(message).not.toContain("DATABASE_URL");
  });

  it("reports missing and invalid settings together", () => {
    const message = messageOf({ ...complete, AUTH_OKTA_ID: undefined, DATABASE_URL: "mysql://db/claims" });
    expect(message).toContain("- AUTH_OKTA_ID: from your Okta app integration");
    expect(message).toContain("- DATABASE_URL: expected a postgresql:// connection URL");
  });

  it("refuses half an OAuth hook configuration and the guide's public example secret", () => {
    expect(messageOf({ ...withoutSecrets, HOOK_OAUTH_ISSUER: "https://example.okta.com/oauth2/hooks" })).toContain("expected both or neither");
    expect(messageOf({ ...complete, HOOK_AUTH_SECRETS: `new-secret,${DEV_HOOK_AUTH_SECRET}` })).toContain("public example credential");
  });
});
