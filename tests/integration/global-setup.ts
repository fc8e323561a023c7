import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { startStack } from "@/scripts/stack";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    databaseUrl: string;
  }
}

/**
 * One real stack for all integration tests: the production build under `next start`, over the
 * embedded database (or DATABASE_URL when set, as CI's second pass does) and the local Okta.
 */
export default async function setup(project: TestProject) {
  const dataDir = ".data/integration";
  await rm(dataDir, { recursive: true, force: true });
  const stack = await startStack({
    command: "start",
    appPort: 3100,
    oktaPort: 3101,
    dbPort: 54330,
    dataDir,
    quiet: true,
  });
  project.provide("appUrl", stack.appUrl);
  project.provide("databaseUrl", stack.databaseUrl);
  return () => stack.stop();
}
