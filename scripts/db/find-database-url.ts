import { devDataDir, readRunningEmbeddedDb } from "./embedded-db-state";

/**
 * Where the database tools connect: DATABASE_URL when set, else the embedded server that
 * `npm run dev` (or a db:* script) is running on $DATA_DIR/pglite, else undefined.
 */
export function findDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL || readRunningEmbeddedDb(devDataDir(env))?.url;
}
