import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every admin page, route handler and server action there is, read from the source tree and the
 * build, so a page or action added later is checked without anyone adding it to a list.
 */
function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => path.relative(".", path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** app/admin/(hook)/tester/page.tsx (or the build's "…/tester/page") → /admin/tester; [id] becomes the given id. */
export function routeOf(file: string, id: string): string {
  return (
    "/" +
    file
      .replace(/\/(page|route)(\.tsx?)?$/, "")
      .replace(/^app\//, "")
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => (/^\[.*\]$/.test(segment) ? id : segment))
      .join("/")
  );
}

export const adminPageFiles = () => filesUnder("app/admin", /^page\.tsx$/);
export const adminRouteFiles = () => filesUnder("app/admin", /^route\.ts$/);

/** Source files under app/ that start with the "use server" directive. */
export const serverActionFiles = () =>
  filesUnder("app", /\.tsx?$/).filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));

export type BuiltAction = { id: string; file: string; name: string; page: string };

/** Server actions as the production build names them (their ids change with every build). */
export function builtActions(): BuiltAction[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename ?? "(unknown)",
    name: entry.exportedName ?? "(unknown)",
    // Posting to a page that imports the action is what the browser does.
    page: Object.keys(entry.workers).find((worker) => worker.startsWith("app/admin/")) ?? "",
  }));
}
