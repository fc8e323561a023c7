import { expect, test, type Page } from "@playwright/test";
import { startEmbeddedDb, type EmbeddedDb } from "@/scripts/db/embedded-db";
import type { Stack } from "@/scripts/stack";
import { startOwnStack } from "@/tests/support/own-stack";
import { startTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";
import { E2E_DEPLOYED } from "@/e2e/support/deployed-stack";
import { PASSWORD } from "@/e2e/support/stack";
import { ADMIN } from "./admin-patient-steps";

// A stack of this spec's own whose database sits behind a proxy it can cut: the shared e2e
// stack's database cannot be taken away without breaking every other spec.
test.describe.configure({ mode: "serial" });
// Its own stack is a local-mode one (its own local Okta); the deployed-mode run shares one
// separately started local Okta that knows only the main app's redirect URI. CI runs this spec
// against PostgreSQL in local mode instead (.ci/run).
test.skip(E2E_DEPLOYED, "starts its own local-mode stack; runs in the local-mode suite");
// This stack's database budget (DATABASE_QUERY_TIMEOUT_MS), small so a slow database is found
// out in seconds, and the proxy's delay in "slow" mode, past it.
const QUERY_BUDGET_MS = 2_000;
const SLOW_DELAY_MS = 3_000;
let db: EmbeddedDb | undefined;
let proxy: TcpProxy;
let stack: Stack;

test.beforeAll(async () => {
  if (E2E_DEPLOYED) return;
  test.setTimeout(240_000);
  // The database behind the proxy: DATABASE_URL's PostgreSQL when set (CI runs this spec again
  // that way), else an embedded one of this spec's own.
  const upstream = new URL(process.env.DATABASE_URL ?? (db = await startEmbeddedDb({ port: 54390 })).url);
  proxy = await startTcpProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) }, 54391);
  upstream.hostname = "127.0.0.1";
  upstream.port = "54391";
  stack = await startOwnStack({
    name: "outage",
    appPort: 3750,
    dbPort: 54392,
    env: { DATABASE_URL: upstream.href, DATABASE_QUERY_TIMEOUT_MS: String(QUERY_BUDGET_MS) },
  });
});
test.afterAll(async () => {
  await stack?.stop();
  await proxy?.close();
  await db?.stop();
});

async function signInAsAdmin(page: Page) {
  await page.goto(`${stack.appUrl}/`);
  await page.getByRole("button", { name: "Sign in with Okta" }).click();
  await page.getByLabel("Username").fill(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${stack.appUrl}/profile`);
}

async function expectOutagePageThenRecovery(page: Page, cut: () => Promise<void>, restore: () => Promise<void>) {
  const patients = page.getByRole("heading", { name: "Patients", level: 1 });
  await page.goto(`${stack.appUrl}/admin/patients`);
  await expect(patients).toBeVisible();
  await cut();
  for (const path of ["/admin/patients", "/admin/audit"]) {
    await page.goto(`${stack.appUrl}${path}`);
    await expect(page.getByText("The database is unavailable"), path).toBeVisible();
    await expect(page.getByRole("main"), path).not.toContainText(/Prisma|ECONN|at \S+ \(/);
  }
  await restore();
  await expect(async () => {
    await page.goto(`${stack.appUrl}/admin/patients`);
    await expect(patients).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("database stopped (connection refused): the admin says so, no stack trace, and recovers by itself", async ({ page }) => {
  await signInAsAdmin(page);
  await expectOutagePageThenRecovery(page, () => proxy.stopListening(), () => proxy.listenAgain());
});

test("connections dropped (a pooler or network between app and database): the admin says so and recovers", async ({ page }) => {
  await signInAsAdmin(page);
  await expectOutagePageThenRecovery(
    page,
    async () => proxy.setMode("down"),
    async () => proxy.setMode("up"),
  );
});

test("database slower than the budget: the admin says it is unavailable, no stack trace, and recovers", async ({ page }) => {
  // Signing in (the local Okta's hook call, the profile page) needs the database: do it at speed.
  await signInAsAdmin(page);
  await expectOutagePageThenRecovery(
    page,
    // Every packet each way is held past the budget: a pooled connection's statement times out
    // ("Query read timeout"), a new connection is not made in time.
    async () => proxy.setMode("slow", SLOW_DELAY_MS),
    async () => proxy.setMode("up"),
  );
});
