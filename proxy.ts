import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { isSignedInArea, signInRedirect } from "@/lib/sign-in/sign-in-redirect";
import { buildContentSecurityPolicy, securityHeaderOptionsFromEnv } from "@/lib/config/security-headers";

/**
 * Runs on every page and route except the token hook and Auth.js's routes (see `config`):
 * 1. A Content-Security-Policy with a fresh nonce. Next.js reads it from the request's header and
 *    puts the nonce on its own scripts; the browser runs no other inline script.
 * 2. Reading the session renews it (Auth.js re-issues the cookie), so any request is activity
 *    for the idle timeout; and anonymous visitors of the signed-in areas, or those whose session
 *    ended by itself, are sent to sign in and brought back afterwards. This is only a
 *    convenience: every page and action checks the session itself.
 */
export const proxy = auth((request) => {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = buildContentSecurityPolicy({ ...securityHeaderOptionsFromEnv(process.env.NODE_ENV === "development"), nonce });

  const session = request.auth;
  const { pathname, search } = request.nextUrl;
  if (isSignedInArea(pathname) && (!session || session.endedBecause)) {
    const response = NextResponse.redirect(signInRedirect(request.nextUrl.origin, `${pathname}${search}`));
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  // Never the token hook: Okta waits on it (3 s at most) and reads no HTML. Nor Auth.js's own
  // routes (JSON and redirects; its callback sets the session cookie, which a renewal of the old
  // one here would race), nor /api/ping (liveness, and the benchmarks' bare-framework floor), nor
  // the patient directory API (/api/v1: machines with bearer tokens, no session, no HTML), nor
  // static files.
  matcher: ["/((?!api/hooks/|api/auth/|api/ping|api/v1/|_next/static|_next/image|favicon.ico).*)"],
};
