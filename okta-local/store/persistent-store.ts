import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

type Entry = { value: unknown; expiresAt?: number };

export type PersistentStore = {
  get<T>(key: string): T | undefined;
  /** `ttlSeconds` undefined keeps the entry until it is deleted. */
  set(key: string, value: unknown, ttlSeconds?: number): void;
  delete(key: string): void;
  /** Entries whose key starts with `prefix` (expired ones skipped). */
  entries<T>(prefix: string): [string, T][];
  /** Writes pending changes now (on stop). */
  flush(): void;
};

const WRITE_DELAY_MS = 200;

/**
 * A small key/value store with expiry, kept in memory and written to one JSON file shortly
 * after each change. It backs the provider's sessions, grants and refresh tokens so that a
 * restart of the local Okta (e.g. a dev-server reload) keeps users signed in.
 */
export function openPersistentStore(file: string): PersistentStore {
  const map = new Map<string, Entry>();
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, Entry>;
    for (const [key, entry] of Object.entries(stored)) map.set(key, entry);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }

  let timer: NodeJS.Timeout | undefined;
  const isLive = (entry: Entry) => entry.expiresAt === undefined || entry.expiresAt > Date.now();

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    const live = Object.fromEntries([...map].filter(([, entry]) => isLive(entry)));
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a crash mid-write never leaves a half-written file behind.
    writeFileSync(`${file}.tmp`, JSON.stringify(live), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }

  function scheduleWrite() {
    timer ??= setTimeout(flush, WRITE_DELAY_MS);
    timer.unref();
  }

  return {
    get<T>(key: string) {
      const entry = map.get(key);
      if (!entry) return undefined;
      if (isLive(entry)) return entry.value as T;
      map.delete(key);
      return undefined;
    },
    set(key, value, ttlSeconds) {
      map.set(key, { value, expiresAt: ttlSeconds === undefined ? undefined : Date.now() + ttlSeconds * 1000 });
      scheduleWrite();
    },
    delete(key) {
      if (map.delete(key)) scheduleWrite();
    },
    entries<T>(prefix: string) {
      return [...map]
        .filter(([key, entry]) => key.startsWith(prefix) && isLive(entry))
        .map(([key, entry]): [string, T] => [key, entry.value as T]);
    },
    flush,
  };
}
