import { describeError, log } from "@/lib/common/log";
import { isDatabaseUnavailable } from "@/lib/admin/database-unavailable";
import { getApiSettings } from "./api-settings";
import { authenticateApiClient, type ApiClient, type ApiScope } from "./authenticate-api-client";
import { problem, problemResponse } from "./problem";
import { createRateLimiter } from "./rate-limiter";

type Params = Record<string, string>;
type Handler<P extends Params> = (call: { request: Request; client: ApiClient; params: P }) => Promise<Response>;
type RouteContext<P extends Params> = { params: Promise<P> };

let limiter: ReturnType<typeof createRateLimiter> | undefined;

const REALM = 'Bearer realm="patient-directory"';

/** The PostgreSQL error's code and the Error's name: never its message, which can quote patient data. */
function errorKind(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return [error instanceof Error ? error.name : typeof error, typeof code === "string" ? code : null].filter(Boolean).join(" ");
}

/**
 * One directory API operation: authenticate the client and check the scope (401/403), count it
 * against its rate (429), run it, and turn a failure into a problem (503 when the database is
 * away, else 500). Each call is logged with the route's template, never its path or body, which
 * carry patient data: the client, the operation, the status and the time taken.
 */
export function apiRoute<P extends Params = Params>(operation: { id: string; scope: ApiScope }, handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const started = performance.now();
    const settings = getApiSettings();
    const auth = await authenticateApiClient(request.headers, settings.verification, operation.scope);
    if (!auth.ok) {
      const challenge =
        auth.status === 401
          ? `${REALM}, error="invalid_token"`
          : `${REALM}, error="insufficient_scope", scope="${auth.scope}"`;
      log.warn("api.refused", { operation: operation.id, status: auth.status, reason: auth.reason });
      return problemResponse(problem(auth.status === 401 ? "unauthorized" : "forbidden", auth.reason), { "www-authenticate": challenge });
    }
    const { clientId } = auth.client;
    limiter ??= createRateLimiter(settings.ratePerMinute);
    const rate = limiter.take(clientId);
    if (!rate.allowed) {
      log.warn("api.rate_limited", { operation: operation.id, clientId });
      return problemResponse(problem("rate-limited", `At most ${settings.ratePerMinute} requests a minute per client; retry after ${rate.retryAfterSeconds} s.`), {
        "retry-after": String(rate.retryAfterSeconds),
      });
    }
    let response: Response;
    try {
      response = await handler({ request, client: auth.client, params: await context.params });
    } catch (error) {
      const unavailable = isDatabaseUnavailable(error);
      log.error("api.failed", { operation: operation.id, clientId, error: errorKind(error), unavailable, reason: unavailable ? describeError(error) : undefined });
      response = problemResponse(
        unavailable ? problem("unavailable", "The database did not answer; nothing was changed. Retry later.") : problem("server-error", "The request failed; it can be retried (every write is idempotent)."),
        unavailable ? { "retry-after": "5" } : {},
      );
    }
    log.info("api.call", { operation: operation.id, clientId, status: response.status, ms: Math.round(performance.now() - started) });
    return response;
  };
}
