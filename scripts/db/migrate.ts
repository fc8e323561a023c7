import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { schemaEngineEnv } from "./schema-engine-env";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/**
 * Applies pending migrations with the stock `prisma migrate deploy` (the command production
 * uses), so dev and CI exercise the same path. Rejects with the CLI's output when it fails.
 */
export function applyMigrations(databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: projectRoot, // where prisma.config.ts is
    env: { ...process.env, ...schemaEngineEnv(), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output.trim()}`));
    });
  });
}
