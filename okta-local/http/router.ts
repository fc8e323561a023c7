import type { Context, Middleware } from "koa";

export type RouteHandler = (ctx: Context, params: Record<string, string>) => Promise<void> | void;
type Route = { method: string; pattern: RegExp; names: string[]; handler: RouteHandler };

/** "/api/v1/inlineHooks/:id" → a regex and its parameter names. */
function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(segment.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { pattern: new RegExp(`^${source}$`), names };
}

/** A tiny method + path router: 405 when the path exists for other methods, else falls through. */
export function createRouter(routes: [method: string, path: string, handler: RouteHandler][]): Middleware {
  const compiled: Route[] = routes.map(([method, path, handler]) => ({ method, handler, ...compile(path) }));
  return async (ctx, next) => {
    const matches = compiled
      .map((route) => ({ route, match: route.pattern.exec(ctx.path) }))
      .filter((candidate): candidate is { route: Route; match: RegExpExecArray } => candidate.match !== null);
    const hit = matches.find(({ route }) => route.method === ctx.method);
    if (!hit) {
      if (matches.length === 0) return next();
      ctx.status = 405;
      ctx.set("Allow", matches.map(({ route }) => route.method).join(", "));
      return;
    }
    const params = Object.fromEntries(hit.route.names.map((name, i) => [name, decodeURIComponent(hit.match[i + 1] ?? "")]));
    await hit.route.handler(ctx, params);
  };
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/** The raw request body as text (at most 1 MB). */
export async function readBody(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT_BYTES) ctx.throw(413, "request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** An `application/x-www-form-urlencoded` body. */
export const readForm = async (ctx: Context): Promise<URLSearchParams> => new URLSearchParams(await readBody(ctx));
