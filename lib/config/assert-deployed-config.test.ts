import { describe, expect, it } from "vitest";
import { assertDeployedConfig } from "./assert-deployed-config";
import { DEV_HOOK_AUTH_SECRET, EnvError } from "./env";

const complete = {
  APP_ENV: "production",
  DATABASE_URL: "postgresql://app@db.example.com:5432/claims",
  APP_URL: "https://claims.example.com",
  AUTH_SECRET: "Yq7v0Rk2Lm9Xc4Tb8Wn1Jd6Hf3Gs5Pa0Zu2Ke7Qi4",
  AUTH_OKTA_ISSUER: "https://example.okta.com/oauth2/default",
  AUTH_OKTA_ID: "0oa-client",
  AUTH_OKTA_SECRET: "client-secret",
  HOOK_AUTH_SECRETS: `Basic ${Buffer.from("okta:9fK2xQ7mB4vL8nR1tW6yZ3cH5jD0sG").toString("base64")}`,
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
      for (const name of ["DATABASE_URL", "APP_URL", "AUTH_SECRET", "AUTH_OKTA_ISSUER", "AUTH_OKTA_ID", "AUTH_OKTA_SECRET", "HOOK_AUTH_SECRETS"]) {
        expect(message).toContain(`- ${name}`);
      }
    }
  });

  it("treats empty and comma-only values as missing", () => {
    const message = messageOf({ ...complete, AUTH_SECRET: "", HOOK_AUTH_SECRETS: " , " });
    expect(message).toMatch(/- AUTH_SECRET: at least 128 bits/);
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

  it("refuses to start without APP_URL: the tester would take its target (and send the secret) from request headers", () => {
    const message = messageOf({ ...complete, APP_URL: undefined });
    expect(message).toMatch(/- APP_URL: this app's public https:\/\/ base URL/);
    expect(message).toContain("never taken from request headers");
  });

  it("refuses Okta's example secret in any spelling of the scheme or its spacing", () => {
    for (const spelling of ["basic YWRtaW46c3VwZXJzZWNyZXQ=", "BASIC  YWRtaW46c3VwZXJzZWNyZXQ=", "bAsIc YWRtaW46c3VwZXJzZWNyZXQ", "Basic YWRtaW46c3VwZXJzZWNyZXQ= "]) {
      const message = messageOf({ ...complete, HOOK_AUTH_SECRETS: spelling });
      expect(message).toContain("HOOK_AUTH_SECRETS: the value is the public example credential");
      expect(message).not.toContain("YWRtaW46c3VwZXJzZWNyZXQ");
    }
  });

  it("refuses weak hook secrets and AUTH_SECRETs, naming the variable and how to generate a good one", () => {
    const weakHook = `Basic ${Buffer.from("okta:long-random").toString("base64")}`;
    const message = messageOf({ ...complete, AUTH_SECRET: "a".repeat(32), HOOK_AUTH_SECRETS: `${complete.HOOK_AUTH_SECRETS},${weakHook},Bearer ${"ab".repeat(40)}` });
    expect(message).toMatch(/- AUTH_SECRET: too weak \(about \d+ bits .*at least 128 needed\); generate one with `openssl rand -base64 32`/);
    expect(message).toMatch(/- HOOK_AUTH_SECRETS: value 2 of 3 is too weak .*generate one with `printf 'Basic %s'/);
    expect(message).toMatch(/- HOOK_AUTH_SECRETS: value 3 of 3 is too weak/);
    expect(message).not.toContain("value 1 of 3");
    expect(message).not.toContain("long-random");
  });
});
