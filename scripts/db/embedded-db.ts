/**
 * The embedded development database: PGlite (PostgreSQL 17 in WebAssembly) served over the
 * PostgreSQL wire protocol, so the app, Prisma and `pg` connect to it as to any server.
 *
 * It runs in THIS process (pglite-socket's PGLiteSocketServer) rather than as a child
 * `pglite-server`: a child outlives a parent that is killed hard, keeping the port and the data
 * directory busy; in-process, the database dies with its owner. It also lets us hand the server
 * a PGlite that fixes its session sharing (see SessionPinnedPGlite). The cost: queries run on
 * this process's event loop, which only supervises (Next.js runs in its own process).
 */
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { readRunningEmbeddedDb, removeEmbeddedDbState, writeEmbeddedDbState } from "./embedded-db-state";
import { keepTemplate, readTemplate } from "./pglite-template";
import { SessionPinnedPGlite } from "./session-pinned-pglite";

export type EmbeddedDbOptions = {
  /** Directory holding the database files; undefined = in-memory (gone on stop). */
  dataDir?: string;
  /** TCP port; 0 picks a free one (read it from the returned url). */
  port: number;
  host?: string;
};

export type EmbeddedDb = { url: string; stop(): Promise<void> };

// pglite-socket refuses connections past this (default 1). Every client shares one session, so
// this only bounds sockets: app pool + Prisma CLI + Studio + psql fit easily.
const MAX_CONNECTIONS = 100;

/** Starts the embedded server; with a dataDir it records `{ url, pid }` beside it until stop(). */
export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const host = options.host ?? "127.0.0.1";
  const dataDir = options.dataDir && path.resolve(options.dataDir);
  if (dataDir) {
    // Two PGlite instances writing one directory corrupt it.
    const running = readRunningEmbeddedDb(dataDir);
    if (running) {
      throw new Error(`${dataDir} is already served by process ${running.pid} at ${running.url}; use that URL or stop it.`);
    }
    mkdirSync(dataDir, { recursive: true });
  }
  // PGlite takes seconds to boot: learn that the port is taken before, not after.
  if (options.port !== 0) await assertPortFree(host, options.port);

  // A new database (no PG_VERSION yet) starts from the kept template rather than running initdb.
  const fresh = !dataDir || !existsSync(path.join(dataDir, "PG_VERSION"));
  const template = fresh ? readTemplate() : undefined;
  // pg_trgm: the patient-search migration's trigram indexes, as on PostgreSQL.
  const db = new SessionPinnedPGlite({ dataDir, extensions: { pg_trgm }, loadDataDir: template });
  await db.waitReady;
  if (fresh && !template) await keepTemplate(db);
  const server = new PGLiteSocketServer({ db, host, port: options.port, maxConnections: MAX_CONNECTIONS });
  try {
    await listen(server);
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(":").pop());
  // sslmode=disable: pglite-socket 0.1.6 cannot parse an SSLRequest (psql's default) and hangs.
  const url = `postgresql://postgres:postgres@${host.includes(":") ? `[${host}]` : host}:${port}/postgres?sslmode=disable`;
  if (dataDir) writeEmbeddedDbState(dataDir, { url, pid: process.pid });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        await server.stop();
        await db.close(); // flushes and releases the data directory
      } finally {
        if (dataDir) removeEmbeddedDbState(dataDir);
      }
    })());
  return { url, stop };
}

const portInUse = (address: string) => new Error(`embedded database: port ${address} is in use`);

/** Binds and releases the port; listen() below still copes with losing a race for it. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? portInUse(`${host}:${port}`) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

// pglite-socket 0.1.6 marks itself active before listen(), so its start() never rejects on
// EADDRINUSE: it would hang. Watch its error event ourselves.
function listen(server: PGLiteSocketServer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (event: Event) => {
      const error = (event as CustomEvent<NodeJS.ErrnoException>).detail;
      void server.stop();
      reject(error.code === "EADDRINUSE" ? portInUse(server.getServerConn()) : error);
    };
    server.addEventListener("error", onError, { once: true });
    server.start().then(() => {
      server.removeEventListener("error", onError);
      resolve();
    }, reject);
  });
}
