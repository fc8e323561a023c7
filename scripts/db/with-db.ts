/**
 * Runs one command (the npm db:* scripts) against our database, then exits with its code:
 * DATABASE_URL when set; else the embedded server that `npm run dev` is running; else a
 * temporary embedded server on $DATA_DIR/pglite for the command's duration.
 * `migrate dev|reset|diff` need a shadow database; PGlite serves only one, so against PGlite this
 * also starts an in-memory one as SHADOW_DATABASE_URL (unless that is set).
 *
 * Usage: tsx scripts/db/with-db.ts <command> [args…]   e.g. … prisma migrate dev
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { devDataDir } from "./embedded-db-state";
import { findDatabaseUrl } from "./find-database-url";
import { loadProjectEnv } from "./load-project-env";
import { schemaEngineEnv } from "./schema-engine-env";

const SHADOW_COMMANDS = /\bmigrate (dev|reset|diff)\b/;

async function isPGlite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return /wasm32|emscripten/i.test(rows[0]?.version ?? "");
  } catch {
    return false; // unreachable: let the command itself report it
  } finally {
    await client.end().catch(() => undefined);
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(command, args, { stdio: "inherit", env });
  // Ctrl-C reaches the child too (same process group); a plain `kill` of this process is passed on.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`with-db: cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 1)));
  });
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error("usage: tsx scripts/db/with-db.ts <command> [args…]");
    return 2;
  }
  loadProjectEnv();
  // Find `prisma`, `tsx` … as npm scripts do, also when this file is run directly.
  const bin = fileURLToPath(new URL("../../node_modules/.bin", import.meta.url));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...schemaEngineEnv(),
    PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter),
  };
  const servers: EmbeddedDb[] = [];
  try {
    let url = findDatabaseUrl(env);
    if (!url) {
      const db = await startEmbeddedDb({ dataDir: devDataDir(env), port: 0 });
      servers.push(db);
      url = db.url;
    }
    env.DATABASE_URL = url;
    if (!env.SHADOW_DATABASE_URL && SHADOW_COMMANDS.test(args.join(" ")) && (await isPGlite(url))) {
      const shadow = await startEmbeddedDb({ port: 0 });
      servers.push(shadow);
      env.SHADOW_DATABASE_URL = shadow.url;
    }
    return await run(command, args, env);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
