/**
 * Starts everything the app needs on one machine, in order, and stops it all on exit:
 * the database (embedded PGlite unless DATABASE_URL is set), its migrations and (local mode only)
 * its seed, the local Okta (unless AUTH_OKTA_ISSUER is set), and Next.js itself. Deployed mode
 * (APP_ENV=production) uses none of the local stand-ins: it needs every setting given.
 * Used by `npm run dev`, `npm start`, the integration tests and Playwright.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { assertDeployedConfig } from "@/lib/config/assert-deployed-config";
import { prepareDatabase } from "./stack/prepare-database";
import { ensureAuthSecret } from "./stack/auth-secret";
import { startLocalOkta } from "./stack/local-okta";
import { waitForHealthy } from "./stack/wait-for-healthy";
import { findExposedAppDefaults } from "./stack/listen-host";

export type StackOptions = {
  command: "dev" | "start";
  appPort: number;
  oktaPort: number;
  dbPort: number;
  dataDir: string;
  /** The interface the app and the local Okta listen on (LISTEN_HOST); loopback unless set. */
  host?: string;
  /** Extra variables for the Next.js process (tests use it to vary hook settings). */
  env?: Record<string, string>;
  /** Forward Next's output to this process (dev, start) or keep it quiet (tests). */
  quiet?: boolean;
  /** A command to run the Next.js server under, e.g. valgrind (`npm run bench:hook:instructions`). */
  wrapper?: string[];
};

export type Stack = {
  appUrl: string;
  databaseUrl: string;
  issuer: string;
  /** The Next.js server's process ID (the benchmarks and the soak read its CPU time and memory). */
  serverPid: number;
  /** Resolves when the Next.js process exits, whoever stopped it. */
  exited: Promise<void>;
  stop(): Promise<void>;
};

const nextBin = path.resolve("node_modules/next/dist/bin/next");

function runNext(args: string[], env: NodeJS.ProcessEnv, quiet: boolean, wrapper: string[] = []): ChildProcess {
  const [command, ...commandArgs] = [...wrapper, process.execPath, nextBin, ...args] as [string, ...string[]];
  return spawn(command, commandArgs, { env, stdio: quiet ? "ignore" : "inherit" });
}

async function buildIfMissing(env: NodeJS.ProcessEnv, quiet: boolean) {
  if (existsSync(path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  console.log("No production build found: running `next build` first…");
  const build = runNext(["build"], env, quiet);
  const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: "1" };
  // Stops here, before anything starts, naming every wrong setting (and, deployed, every missing one).
  const settings = assertDeployedConfig(env);
  const host = options.host ?? "127.0.0.1";
  const exposed = findExposedAppDefaults(host, settings);
  if (exposed.length > 0) throw new Error(`LISTEN_HOST=${host} is off loopback, where published defaults are refused:\n  - ${exposed.join("\n  - ")}`);
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const appUrl = `http://localhost:${options.appPort}`;
    const db = await prepareDatabase(settings, options);
    cleanups.push(db.stop);
    const okta = await startLocalOkta(settings, { ...options, host }, appUrl, env);
    cleanups.push(okta.stop);

    const nextEnv: NodeJS.ProcessEnv = {
      ...env,
      ...okta.env,
      DATABASE_URL: db.url,
      AUTH_SECRET: env.AUTH_SECRET || (await ensureAuthSecret(options.dataDir, settings.mode)),
      APP_URL: env.APP_URL || appUrl,
      PORT: String(options.appPort),
    };
    if (options.command === "start") await buildIfMissing(nextEnv, Boolean(options.quiet));
    const next = runNext([options.command, "--hostname", host, "--port", String(options.appPort)], nextEnv, Boolean(options.quiet), options.wrapper);
    const exited = new Promise<void>((resolve) => next.once("exit", () => resolve()));
    cleanups.push(async () => {
      if (next.exitCode === null) next.kill("SIGTERM");
      await exited;
    });
    await waitForHealthy(`${appUrl}/api/health`, next);
    return { appUrl, databaseUrl: db.url, issuer: okta.issuer, serverPid: next.pid!, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
