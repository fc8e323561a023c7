import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";

/**
 * A new PGlite database runs initdb first: 3-5 s on a 2-core machine, paid by every fresh
 * embedded database (each test stack, the e2e suite, a first `npm run dev`). This keeps one
 * freshly initialised data directory as a tarball (PGlite's own dumpDataDir format) and lets a
 * new database start from it instead (PGlite's loadDataDir): about 1 s. It holds only what initdb
 * writes, never a schema or a row: migrations still run on every database as before.
 *
 * Kept per PGlite version in node_modules/.cache (a fresh `npm ci` starts without one).
 */
const cacheDir = fileURLToPath(new URL("../../node_modules/.cache/pglite-template", import.meta.url));

function pgliteVersion(): string {
  // The package exports no package.json: find it beside the resolved entry point.
  let dir = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(path.join(dir, "package.json"))) {
    if (dir === path.dirname(dir)) throw new Error("@electric-sql/pglite: its package.json was not found");
    dir = path.dirname(dir);
  }
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

const templateFile = () => path.join(cacheDir, `pglite-${pgliteVersion()}.tar`);

/** The kept template, or undefined when there is none yet (then keepTemplate() saves one). */
export function readTemplate(): Blob | undefined {
  const file = templateFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/**
 * Saves a just-initialised database (nothing run on it yet) as the template, if none is kept.
 * Best effort: a cache that cannot be written (a read-only install) only means no template.
 */
export async function keepTemplate(db: PGlite): Promise<void> {
  const file = templateFile();
  if (existsSync(file)) return;
  const partial = `${file}.${process.pid}.partial`;
  try {
    const tarball = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed: a process starting beside this one reads the whole file or none.
    writeFileSync(partial, tarball);
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
