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

/**
 * The token hook's own pool: a handful of connections no admin work can take, and a deadline at
 * the database equal to the lookup budget (statement_timeout), so a lookup the hook has given up
 * on is cancelled by the server and frees its connection at once, instead of holding it until
 * DATABASE_QUERY_TIMEOUT_MS (sized for imports). Connecting gets the same budget.
 */
function hookPoolOptions({ HOOK_DB_POOL_SIZE, HOOK_LOOKUP_TIMEOUT_MS }: Pick<Env, "HOOK_DB_POOL_SIZE" | "HOOK_LOOKUP_TIMEOUT_MS">) {
  return {
    max: HOOK_DB_POOL_SIZE,
    connectionTimeoutMillis: HOOK_LOOKUP_TIMEOUT_MS,
    statement_timeout: HOOK_LOOKUP_TIMEOUT_MS,
    // A database that stops answering altogether cannot cancel anything: pg gives up a little later.
    query_timeout: HOOK_LOOKUP_TIMEOUT_MS + 1_000,
    idleTimeoutMillis: 10_000,
  };
}

function databaseUrl(env: Env): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Run the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  return env.DATABASE_URL;
}

function createPool(): pg.Pool {
  const env = getEnv();
  return new pg.Pool({ connectionString: databaseUrl(env), ...poolOptions(env) });
}

const globalForPool = globalThis as unknown as { pool?: pg.Pool; hookPool?: pg.Pool };

/**
 * The one connection pool of this process, created on first use (not at import, so `next build`
 * needs no database) and kept on globalThis so dev hot reloads do not leak pools. Prisma runs
 * over it (lib/data/db.ts), and the admin's bulk statements use it directly.
 */
export function getPool(): pg.Pool {
  globalForPool.pool ??= createPool();
  return globalForPool.pool;
}

/** The token hook's pool (lib/hook/hook-store.ts): its lookups and its call records only. */
export function getHookPool(): pg.Pool {
  globalForPool.hookPool ??= new pg.Pool({ connectionString: databaseUrl(getEnv()), ...hookPoolOptions(getEnv()) });
  return globalForPool.hookPool;
}
