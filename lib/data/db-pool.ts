import "server-only";
import pg from "pg";
import { getEnv, type Env } from "@/lib/config/env";

/**
 * One pool per server instance. Deployed, many instances run at once (each Vercel instance serves
 * concurrent requests) and their pools add up on the database: keep each small and point
 * DATABASE_URL at a pooler (Neon's -pooler host, Prisma Postgres' pooled URL); the adapter sends
 * unnamed statements, which PgBouncer's transaction mode accepts. pg's default connection timeout
 * is "wait forever": bound it so an unreachable database fails a request, not the function.
 */
function poolOptions({ mode, DATABASE_QUERY_TIMEOUT_MS }: Pick<Env, "mode" | "DATABASE_QUERY_TIMEOUT_MS">) {
  return {
    max: mode === "deployed" ? 5 : 10,
    // Connecting (or waiting for a free pooled connection) gets the same budget, but never more
    // than 5 s: the large default budget is for the import's statements, and a database that
    // takes seconds to accept a connection is not going to answer a page in time.
    connectionTimeoutMillis: Math.min(5_000, DATABASE_QUERY_TIMEOUT_MS),
    // pg also waits forever for an answer: with the database hung, hook lookups (abandoned after
    // HOOK_LOOKUP_TIMEOUT_MS) kept all pool connections, and nothing recovered until the hung
    // server answered. Past the budget pg fails the statement ("Query read timeout"), which the
    // admin reports as "database unavailable" (lib/admin/database-unavailable.ts).
    query_timeout: DATABASE_QUERY_TIMEOUT_MS,
    // pg's default, stated: connections a suspended instance leaves open are the pooler's to drop.
    idleTimeoutMillis: 10_000,
  };
}

function createPool(): pg.Pool {
  const env = getEnv();
  const { DATABASE_URL } = env;
  if (!DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Run the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  return new pg.Pool({ connectionString: DATABASE_URL, ...poolOptions(env) });
}

const globalForPool = globalThis as unknown as { pool?: pg.Pool };

/**
 * The one connection pool of this process, created on first use (not at import, so `next build`
 * needs no database) and kept on globalThis so dev hot reloads do not leak pools. Prisma runs
 * over it (lib/data/db.ts); the token hook's statements use it directly (lib/hook/hook-store.ts), so
 * the hook's route never loads Prisma.
 */
export function getPool(): pg.Pool {
  globalForPool.pool ??= createPool();
  return globalForPool.pool;
}
