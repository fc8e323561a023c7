import type { Middleware } from "koa";
import { notFound, sendOktaError } from "./okta-errors";

/**
 * Okta's JSON errors where nothing else answered: an unknown Management API path or method
 * (E0000007, E0000022) and an authorization server other than `default` (E0000007), instead of
 * the plain-text 404 and 405 of the HTTP layer.
 */
export const oktaNotFound: Middleware = async (ctx, next) => {
  await next();
  if (ctx.body !== undefined && ctx.body !== null) return;
  const server = /^\/oauth2\/([^/]+)/.exec(ctx.path)?.[1];
  if (ctx.status === 404 && server !== undefined) return notFound(ctx, server, "AuthorizationServer");
  if (!ctx.path.startsWith("/api/")) return;
  if (ctx.status === 404) return notFound(ctx, ctx.path, "Resource");
  if (ctx.status === 405) {
    const allow = ctx.response.get("Allow");
    sendOktaError(ctx, 405, "E0000022", "The endpoint does not support the provided HTTP method");
    ctx.set("Allow", allow);
  }
};
