import { rm } from "node:fs/promises";
import { startStack, type Stack } from "@/scripts/stack";

/**
 * A stack of a test file's own, for settings the shared one cannot have (OAuth, a database
 * behind a proxy). Ports and `.data/h-*` directories are the file's own, so it can run beside
 * the shared integration stack; the production build is the one NEXT_DIST_DIR names.
 */
export async function startOwnStack(options: {
  name: string;
  appPort: number;
  dbPort: number;
  env?: Record<string, string>;
}): Promise<Stack> {
  const dataDir = `.data/h-${options.name}`;
  await rm(dataDir, { recursive: true, force: true });
  return startStack({
    command: "start",
    appPort: options.appPort,
    oktaPort: options.appPort + 1,
    dbPort: options.dbPort,
    dataDir,
    env: options.env,
    quiet: !process.env.DEBUG_STACK,
  });
}
