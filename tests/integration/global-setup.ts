import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { startStack } from "@/scripts/stack";
import { testPort } from "@/tests/support/ports";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    databaseUrl: string;
    /** the local Okta's issuer, and its data dir (keys.json: the directory API's tests sign odd tokens with its key) */
    issuer: string;
    oktaDataDir: string;
  }
}

/**
 * One real stack for all integration tests: the production build under `next start`, over the
 * embedded database (or DATABASE_URL when set, as CI's second pass does) and the local Okta.
 */
export default async function setup(project: TestProject) {
  // INTEGRATION_* move the shared stack, so a run can sit beside another one on the same machine.
  const dataDir = process.env.INTEGRATION_DATA_DIR || ".data/integration";
  await rm(dataDir, { recursive: true, force: true });
  const stack = await startStack({
    command: "start",
    appPort: testPort("INTEGRATION_APP_PORT", 3100),
    oktaPort: testPort("INTEGRATION_OKTA_PORT", 3101),
    dbPort: testPort("INTEGRATION_DB_PORT", 24330),
    dataDir,
    quiet: true,
  });
  project.provide("appUrl", stack.appUrl);
  project.provide("databaseUrl", stack.databaseUrl);
  project.provide("issuer", stack.issuer);
  project.provide("oktaDataDir", `${dataDir}/okta-local`);
  return () => stack.stop();
}
