import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;

/** `APP_ENV=production npm start` (scripts/start.ts) with the given settings; nothing else from this shell. */
function startDeployed(settings: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    APP_ENV: "production",
    // Ports nothing listens on: the check must stop the stack before anything binds or starts.
    PORT: "3597",
    OKTA_LOCAL_PORT: "3598",
    EMBEDDED_DB_PORT: "24597",
    DATA_DIR: ".data/deployed-start-test",
    ...settings,
  };
  return spawnSync(tsx, ["scripts/start.ts"], { env, encoding: "utf8", timeout: 60_000 });
}

const complete = {
  DATABASE_URL: "postgresql://app@127.0.0.1:1/claims",
  AUTH_SECRET: "Yq7v0Rk2Lm9Xc4Tb8Wn1Jd6Hf3Gs5Pa0Zu2Ke7Qi4",
  AUTH_OKTA_ISSUER: "https://example.okta.com/oauth2/default",
  AUTH_OKTA_ID: "0oa-client",
  AUTH_OKTA_SECRET: "client-secret",
  HOOK_AUTH_SECRETS: basic("okta:9fK2xQ7mB4vL8nR1tW6yZ3cH5jD0sG"),
};

describe("APP_ENV=production npm start", () => {
  it("exits before starting anything when APP_URL is unset (the tester would otherwise trust X-Forwarded-Host)", () => {
    const run = startDeployed(complete);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Deployed mode (VERCEL=1 or APP_ENV=production) cannot start");
    expect(run.stderr).toMatch(/- APP_URL: this app's public https:\/\/ base URL/);
  }, 60_000);

  it("exits naming weak secrets and Okta's example secret in a lower-case spelling, without printing them", () => {
    const run = startDeployed({ ...complete, APP_URL: "https://claims.example.com", AUTH_SECRET: "a".repeat(32), HOOK_AUTH_SECRETS: "basic YWRtaW46c3VwZXJzZWNyZXQ=" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/- AUTH_SECRET: too weak/);
    expect(run.stderr).toMatch(/- HOOK_AUTH_SECRETS: the value is the public example credential/);
    expect(run.stderr).not.toContain("a".repeat(32));
    expect(run.stderr).not.toContain("YWRtaW46c3VwZXJzZWNyZXQ=");
  }, 60_000);
});
