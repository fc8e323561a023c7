import nextEnv from "@next/env";

/**
 * Loads the .env files Next.js reads (same files and order; real environment variables win), so
 * the database tools see the configuration the app sees. Silent: CLI output such as
 * `prisma migrate diff --script` must stay clean.
 */
export function loadProjectEnv(dir: string = process.cwd()): void {
  nextEnv.loadEnvConfig(dir, process.env.NODE_ENV !== "production", { info: () => undefined, error: console.error });
}
