/**
 * Telling "the database is down" apart from a bug, so the admin gets words they can act on.
 * No imports: error.tsx (a Client Component) reads the digest constant from here.
 */

/** Next.js keeps a thrown error's own `digest` when it hides the message in production. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

// Prisma's connection-level codes: can't reach, timed out, connection closed, pool exhausted.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What @prisma/adapter-pg reports as the cause when the server is gone or refuses us.
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

// pg's own connection-level failures, which can surface without a Prisma code (a dropped
// connection, a hung server, a full pool): the server is unreachable, not our code broken.
const PG_CONNECTION_FAILURES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/;

// Prisma's P2028 ("Transaction API error") when a slow database made a write's transaction miss
// its time: it could not begin within maxWait, or its statements outlasted its timeout. Other
// P2028s (a transaction used after it ended) are bugs, and stay so.
const TRANSACTION_TIMED_OUT = /Unable to start a transaction in the given time|expired transaction/;

type ErrorShape = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const { name, code, meta, message, cause } = error as ErrorShape;
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || PG_CONNECTION_FAILURES.test(code))) return true;
  if (code === "P2028" && typeof message === "string" && TRANSACTION_TIMED_OUT.test(message)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  if (typeof message === "string" && PG_CONNECTION_FAILURES.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(options?: ErrorOptions) {
    super("The database is unavailable.", options);
  }
}

/** Runs a page's reads; an outage is rethrown with the digest the admin error page recognises. */
export async function readOrExplain<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError({ cause: error }) : error;
  }
}
