import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a running embedded server records so that other commands can find it. */
export type EmbeddedDbState = { url: string; pid: number };

/** The data directory `npm run dev` serves: `$DATA_DIR/pglite` (DATA_DIR defaults to `.data`). */
export function devDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || ".data", "pglite");
}

/** `<dataDir>/../embedded-db.json`, e.g. `.data/embedded-db.json` for `.data/pglite`. */
export function embeddedDbStateFile(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), "embedded-db.json");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The server recorded for this data dir, or undefined when none is, or its process is gone. */
export function readRunningEmbeddedDb(dataDir: string): EmbeddedDbState | undefined {
  let state: Partial<EmbeddedDbState>;
  try {
    state = JSON.parse(readFileSync(embeddedDbStateFile(dataDir), "utf8")) as Partial<EmbeddedDbState>;
  } catch {
    return undefined; // missing or half-written: nobody to connect to
  }
  if (typeof state.url !== "string" || typeof state.pid !== "number" || !isAlive(state.pid)) return undefined;
  return { url: state.url, pid: state.pid };
}

export function writeEmbeddedDbState(dataDir: string, state: EmbeddedDbState): void {
  writeFileSync(embeddedDbStateFile(dataDir), JSON.stringify(state) + "\n");
}

/** Removes the record only if this process wrote it, so a stop never erases another server's. */
export function removeEmbeddedDbState(dataDir: string, pid: number = process.pid): void {
  let state: Partial<EmbeddedDbState> | undefined;
  try {
    state = JSON.parse(readFileSync(embeddedDbStateFile(dataDir), "utf8")) as Partial<EmbeddedDbState>;
  } catch {
    return;
  }
  if (state.pid === pid) rmSync(embeddedDbStateFile(dataDir), { force: true });
}
