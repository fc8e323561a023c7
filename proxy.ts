import { NextResponse } from "next/server";
import { auth } from "@/auth";

/**
 * Sends anonymous visitors of the signed-in areas to the home page's sign-in, remembering where
 * they were going. This is only a convenience: every page and action checks the session itself.
 */
export const proxy = auth((request) => {
  if (request.auth) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const signInUrl = new URL("/", request.nextUrl.origin);
  signInUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signInUrl);
});

export const config = {
  matcher: ["/profile/:path*", "/admin/:path*"],
};
