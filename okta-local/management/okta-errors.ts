import { randomBytes } from "node:crypto";
import type { Context } from "koa";

/**
 * Okta's Management API error body: `{errorCode, errorSummary, errorLink, errorId, errorCauses}`
 * (e.g. E0000007 in the OIDC reference).
 */
export function sendOktaError(ctx: Context, status: number, errorCode: string, errorSummary: string, causes: string[] = []) {
  ctx.status = status;
  ctx.body = {
    errorCode,
    errorSummary,
    errorLink: errorCode,
    errorId: `oae${randomBytes(16).toString("base64url")}`,
    errorCauses: causes.map((cause) => ({ errorSummary: cause })),
  };
}

export const notFound = (ctx: Context, id: string, type: string) =>
  sendOktaError(ctx, 404, "E0000007", `Not found: Resource not found: ${id} (${type})`);

export const validationFailed = (ctx: Context, causes: string[]) =>
  sendOktaError(ctx, 400, "E0000001", `Api validation failed: ${causes[0] ?? "request"}`, causes);
