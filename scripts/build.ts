/**
 * `npm run build` (also Vercel's build command): the Prisma client, then, in deployed mode only,
 * the pending migrations, then `next build` (extra arguments are passed on to it).
 * Migrating here, not at server start, means a failed migration fails the deployment before any
 * instance serves traffic, and serverless instances never race each other to migrate. Local
 * builds (`npm test`) never touch a database: the stack runner migrates the one it starts.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { getAppMode } from "@/lib/config/mode";
import { applyMigrations } from "./db/migrate";
import { schemaEngineEnv } from "./db/schema-engine-env";

const resolve = createRequire(import.meta.url).resolve;

function run(script: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env: { ...process.env, ...schemaEngineEnv() } });
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`${args.join(" ")} failed (exit ${code})`))));
  });
}

/**
 * Migrations take DDL and a session-level advisory lock, which a PgBouncer in transaction mode
 * (Neon's -pooler host, Supabase's port 6543) does not keep: prefer the direct URL that Vercel's
 * Neon integration sets beside the pooled one.
 */
function migrationUrl(env: NodeJS.ProcessEnv): string {
  const url = env.DATABASE_URL_UNPOOLED || env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL: required to build in deployed mode (the build applies the database migrations).");
  return url;
}

async function main() {
  // The same .env files `next build` reads, so APP_ENV set there decides the mode here too.
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
  await run(resolve("prisma/build/index.js"), ["generate"]);
  if (getAppMode() === "deployed") {
    console.log("Deployed mode: applying database migrations (prisma migrate deploy)…");
    await applyMigrations(migrationUrl(process.env));
    console.log("Migrations applied.");
  }
  await run(resolve("next/dist/bin/next"), ["build", ...process.argv.slice(2)]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
