import nextEnv from "@next/env";
import { defineConfig, devices } from "@playwright/test";
import { browserLaunchOptions as launchOptions } from "./scripts/load/browser-launch-options";
import { deployedEnv, deployedWebServers, E2E_DEPLOYED } from "./e2e/support/deployed-stack";
import { APP_URL, E2E_APP_PORT, E2E_DATA_DIR, E2E_DB_PORT, E2E_OKTA_PORT } from "./e2e/support/stack";

// A started stack begins with an empty database and a fresh local Okta. The wipe is part of the
// command, so it never runs under a stack that is being reused (Playwright skips the command then).
const WIPE_DATA = `node -e "require('node:fs').rmSync('${E2E_DATA_DIR}', { recursive: true, force: true })"`;


// The .env files `npm start` loads (real variables win), so the specs see the configuration the
// stack runs with: its DATABASE_URL (cleanup), its hook secret (restored after a swap).
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });

// Workers inherit this process's environment: the specs that swap the local Okta's hook secret
// must restore the deployed one, not the local default.
if (E2E_DEPLOYED) Object.assign(process.env, deployedEnv());

export default defineConfig({
  testDir: "e2e",
  // One worker: the hook-failure spec changes the local Okta's hook for everyone while it runs.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: APP_URL,
    // Recording a trace slows every test (~10-25 % on a 2-core machine): CI records only the retry
    // of a failed test; locally a failure keeps its trace.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "api", testDir: "e2e/api" },
    { name: "ui", testDir: "e2e/ui", use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  // The app seeds the guide's patients itself in local mode only; deployed, the test setup does.
  globalSetup: E2E_DEPLOYED ? "./e2e/support/deployed-global-setup.ts" : undefined,
  webServer: E2E_DEPLOYED
    ? deployedWebServers(WIPE_DATA)
    : {
        command: `${WIPE_DATA} && npx tsx scripts/start.ts`,
        url: `${APP_URL}/api/health`,
        env: {
          PORT: String(E2E_APP_PORT),
          OKTA_LOCAL_PORT: String(E2E_OKTA_PORT),
          EMBEDDED_DB_PORT: String(E2E_DB_PORT),
          DATA_DIR: E2E_DATA_DIR,
          NEXT_TELEMETRY_DISABLED: "1",
          // The specs reuse a sign-in's cookies for longer than the 15-minute default idle timeout
          // (e2e/support/sign-in.ts); session-idle-timeout.spec.ts tests the timeout on its own stack.
          SESSION_IDLE_TIMEOUT_SECONDS: "28800",
        },
        // A first run builds the app (`next build`) before starting it.
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
        // The stack logs every hook call; keep test output readable unless CI needs the evidence.
        stdout: process.env.CI ? "pipe" : "ignore",
      },
});
