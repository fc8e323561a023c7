import "server-only";
import { describeError, log } from "@/lib/common/log";
import { flushHookRecords } from "./record-hook-event";

/** How long SIGTERM waits for the records at most: well inside the 10 s Docker, Kubernetes and systemd give. */
export const SHUTDOWN_FLUSH_MS = 4_000;

/**
 * On SIGTERM, writes the hook's waiting records (rows, refusal counts, the gap of anything given
 * up) before the process exits, for at most SHUTDOWN_FLUSH_MS.
 *
 * `next start` handles SIGTERM itself (next/dist/server/lib/start-server.js): it closes the
 * server, waits for pending requests and `after()` work, then calls process.exit(143) at once. Its
 * own handler can be switched off (NEXT_MANUAL_SIG_HANDLE), but then nothing closes the server
 * and lets in-flight calls finish. So Next keeps its handler, and the exit it calls waits for the
 * flush, which is bounded: a database that is away costs SHUTDOWN_FLUSH_MS, not a hang.
 */
export function flushHookRecordsOnShutdown(): void {
  const shared = globalThis as unknown as { hookShutdownInstalled?: boolean };
  if (shared.hookShutdownInstalled) return;
  shared.hookShutdownInstalled = true;
  let flushed: Promise<void> | null = null;
  const flush = () =>
    (flushed ??= flushHookRecords(SHUTDOWN_FLUSH_MS).catch((error: unknown) =>
      log.error("hook.events.flush_failed", { reason: describeError(error) }),
    ));
  process.once("SIGTERM", () => {
    const exit = process.exit.bind(process);
    process.exit = ((code?: number) => void flush().finally(() => exit(code))) as typeof process.exit;
    void flush();
  });
}
