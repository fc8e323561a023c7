import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { waitForHealthy } from "./wait-for-healthy";

export type SecondInstance = { url: string; process: ChildProcess; exited: Promise<number | null> };

/**
 * Another `next start` of the same build on `port`, with the first stack's database: a second
 * instance of a deployment, as a platform scales out (`npm run soak:scale-out`) or as the hook
 * gets instances of its own (`npm run bench:mixed`). It serves the hook and the APIs; sign-ins go
 * to the stack's own instance, whose Okta settings this one does not have.
 */
export async function startSecondInstance(databaseUrl: string, port: number): Promise<SecondInstance> {
  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => next.once("exit", (code) => resolve(code)));
  const url = `http://localhost:${port}`;
  await waitForHealthy(`${url}/api/health`, next);
  return { url, process: next, exited };
}
