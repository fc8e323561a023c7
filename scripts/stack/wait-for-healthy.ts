import type { ChildProcess } from "node:child_process";

/** Polls the health URL until it answers 200, failing fast if the server process dies. */
export async function waitForHealthy(url: string, server: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The Next.js server exited (code ${server.exitCode}) before it was ready.`);
    const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s.`);
}
