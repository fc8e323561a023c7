import { log } from "@/lib/common/log";
import { isDatabaseUnavailable } from "./database-unavailable";

/**
 * The words an admin sees when a write fails for a reason other than their input. Prisma's
 * messages can quote the data, which may hold patient IDs, so the log keeps only the codes.
 */
export function describeWriteFailure(error: unknown, what: string): string {
  if (isDatabaseUnavailable(error)) return `The database is unavailable, so ${what} was not saved. Try again in a moment.`;
  const { name, code } = (typeof error === "object" && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  log.error("admin.write_failed", { what, name: String(name ?? typeof error), code: typeof code === "string" ? code : null });
  return `Something went wrong, so ${what} was not saved. Try again; if it keeps failing, check the server log.`;
}
