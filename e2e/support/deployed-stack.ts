/**
 * E2E_DEPLOYED=1: the suite against the production build in DEPLOYED mode, as the issue asks —
 * PostgreSQL, real-looking secrets, and the local Okta started as a separate server that the app
 * only knows through AUTH_OKTA_ISSUER (no embedded database, no stand-in, no seed by the app).
 * Any value below can be overridden from the environment.
 */
import type { PlaywrightTestConfig } from "@playwright/test";
import { APP_URL, E2E_APP_PORT, E2E_DATA_DIR, E2E_OKTA_PORT, OKTA_URL } from "./stack";

export const E2E_DEPLOYED = process.env.E2E_DEPLOYED === "1";

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** The settings shared by the app, the local Okta and the tests (which restore the hook secret). */
export function deployedEnv(source: NodeJS.ProcessEnv = process.env) {
  if (!source.DATABASE_URL) throw new Error("E2E_DEPLOYED=1 needs DATABASE_URL (a PostgreSQL database the run may fill).");
  return {
    APP_ENV: "production",
    DATABASE_URL: source.DATABASE_URL,
    APP_URL,
    AUTH_SECRET: source.AUTH_SECRET || "e2e-deployed-auth-secret-9f4c2b7e1a6d3058",
    AUTH_OKTA_ISSUER: `${OKTA_URL}/oauth2/default`,
    AUTH_OKTA_ID: source.AUTH_OKTA_ID || "patient-claims-e2e",
    AUTH_OKTA_SECRET: source.AUTH_OKTA_SECRET || "patient-claims-e2e-client-secret",
    // Not the guide's admin:supersecret, which deployed mode refuses.
    HOOK_AUTH_SECRETS: source.HOOK_AUTH_SECRETS || basic("okta-e2e", "deployed-hook-secret-5b1d-8e2f-c47a-91d3"),
    NEXT_TELEMETRY_DISABLED: "1",
    // Sign-ins are reused across specs for longer than the default idle timeout (see playwright.config.ts).
    SESSION_IDLE_TIMEOUT_SECONDS: "28800",
  } satisfies Record<string, string>;
}

type WebServer = NonNullable<Extract<PlaywrightTestConfig["webServer"], unknown[]>>[number];

/** Two servers: the local Okta on its own (as a real Okta would be), then the app under `next start`. */
export function deployedWebServers(wipeData: string): WebServer[] {
  const env = deployedEnv();
  const common = {
    reuseExistingServer: !process.env.CI,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
    stdout: process.env.CI ? ("pipe" as const) : ("ignore" as const),
  };
  return [
    {
      ...common,
      command: `${wipeData} && npx tsx okta-local/main.ts`,
      url: `${env.AUTH_OKTA_ISSUER}/.well-known/openid-configuration`,
      env: {
        OKTA_LOCAL_PORT: String(E2E_OKTA_PORT),
        OKTA_LOCAL_DATA_DIR: `${E2E_DATA_DIR}/okta-local`,
        APP_URL,
        AUTH_OKTA_ID: env.AUTH_OKTA_ID,
        AUTH_OKTA_SECRET: env.AUTH_OKTA_SECRET,
        OKTA_LOCAL_HOOK_AUTH_HEADER: "Authorization",
        OKTA_LOCAL_HOOK_AUTH_VALUE: env.HOOK_AUTH_SECRETS.split(",")[0]!.trim(),
      },
      timeout: 60_000,
    },
    {
      ...common,
      command: "npx tsx scripts/start.ts",
      url: `${APP_URL}/api/health`,
      env: { ...env, PORT: String(E2E_APP_PORT), DATA_DIR: E2E_DATA_DIR },
      // Builds first when NEXT_DIST_DIR holds no build (CI builds it beforehand with `npm run build`).
      timeout: 300_000,
    },
  ];
}
