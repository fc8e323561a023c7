import { AsyncLocalStorage } from "node:async_hooks";

/**
 * When Okta refuses to issue tokens at the code exchange, it answers the token endpoint with an
 * OAuth error; for a token inline hook's `error` object that is `server_error` with the hook's
 * errorSummary as `error_description` (docs/okta-token-hook.md §3.4, §4.1). Auth.js reports every such failure
 * as `?error=Configuration` and drops the description, which would tell a patient that sign-in is
 * misconfigured. These helpers keep Okta's words: the Okta provider's fetch notes the refusal, and
 * the callback's redirect becomes `?error=OktaRefused` with the description in a short-lived cookie
 * (not the URL, so a crafted link cannot put words in Okta's mouth).
 */

export const REFUSAL_ERROR_TYPE = "OktaRefused";
export const REFUSAL_COOKIE = "patient-claims.okta-refusal";
const REFUSAL_COOKIE_SECONDS = 300;
const MAX_DESCRIPTION_LENGTH = 300;

export type OktaRefusal = { error: string; description: string | null };

const refusals = new AsyncLocalStorage<{ refusal?: OktaRefusal }>();

/** The Okta provider's fetch: unchanged, except that it notes an OAuth error from the token endpoint. */
export async function fetchNotingRefusals(...args: Parameters<typeof fetch>): Promise<Response> {
  const response = await fetch(...args);
  const store = refusals.getStore();
  if (!store || response.ok || !isTokenEndpoint(args[0])) return response;
  const refusal = await readOAuthError(response.clone());
  if (refusal) store.refusal = refusal;
  return response;
}

function isTokenEndpoint(input: Parameters<typeof fetch>[0]): boolean {
  const url = input instanceof Request ? input.url : String(input);
  return new URL(url).pathname.endsWith("/v1/token");
}

async function readOAuthError(response: Response): Promise<OktaRefusal | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== "object" || body === null) return null;
    const fields = body as Record<string, unknown>;
    return toRefusal(fields.error, fields.error_description);
  } catch {
    return null; // not JSON: Auth.js reports it as it would anyway
  }
}

function toRefusal(error: unknown, description: unknown): OktaRefusal | null {
  if (typeof error !== "string") return null;
  return {
    error: error.slice(0, 100),
    description: typeof description === "string" ? description.slice(0, MAX_DESCRIPTION_LENGTH) : null,
  };
}

/**
 * Wraps Auth.js's GET handler (the OAuth callback lands there): when Okta refused the tokens, the
 * error redirect names the refusal and carries Okta's description in a cookie for the home page.
 */
export function reportOktaRefusals<R extends Request, A extends unknown[]>(
  handler: (request: R, ...rest: A) => Promise<Response>,
): (request: R, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const store: { refusal?: OktaRefusal } = {};
    const response = await refusals.run(store, () => handler(request, ...rest));
    const location = response.headers.get("location");
    if (!store.refusal || !location) return response;
    const target = new URL(location, request.url);
    if (!target.searchParams.has("error")) return response;

    target.searchParams.set("error", REFUSAL_ERROR_TYPE);
    const headers = new Headers(response.headers);
    headers.set("location", target.toString());
    headers.append("set-cookie", refusalCookie(store.refusal, new URL(request.url).protocol === "https:"));
    return new Response(null, { status: response.status, headers });
  };
}

function refusalCookie({ error, description }: OktaRefusal, secure: boolean): string {
  const value = encodeURIComponent(JSON.stringify({ error, description }));
  return `${REFUSAL_COOKIE}=${value}; Path=/; Max-Age=${REFUSAL_COOKIE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** The refusal the cookie holds (as Next's `cookies()` returns it, decoded), or null. */
export function readRefusalCookie(value: string | undefined): OktaRefusal | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return null;
    const fields = parsed as Record<string, unknown>;
    return toRefusal(fields.error, fields.description);
  } catch {
    return null;
  }
}
