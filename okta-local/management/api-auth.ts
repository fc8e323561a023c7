import { createHash, timingSafeEqual } from "node:crypto";
import type { RouteHandler } from "../http/router";
import { sendOktaError } from "./okta-errors";

/** The org's API tokens: one with an admin's full rights and one of a read-only admin. */
export type ApiTokens = { apiToken: string; readOnlyApiToken: string };

const digest = (text: string) => createHash("sha256").update(text).digest();
const isToken = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/**
 * Okta's API token check: `Authorization: SSWS <token>`, 401 E0000011 for an unknown token, and
 * 403 E0000006 when the token's admin may only read (as a Read-Only Administrator's token is
 * refused on writes). The error texts are those of Okta's API reference.
 */
export function apiGuard({ apiToken, readOnlyApiToken }: ApiTokens) {
  return (handler: RouteHandler): RouteHandler =>
    (ctx, params) => {
      const token = /^SSWS (.+)$/.exec(ctx.get("Authorization"))?.[1] ?? "";
      if (isToken(token, apiToken)) return handler(ctx, params);
      if (!isToken(token, readOnlyApiToken)) return sendOktaError(ctx, 401, "E0000011", "Invalid token provided");
      if (ctx.method !== "GET") return sendOktaError(ctx, 403, "E0000006", "You don't have permission to perform the requested action.");
      return handler(ctx, params);
    };
}
