/** The parts of the site that need a session; proxy.ts sends anonymous visitors to sign in. */
export function isSignedInArea(pathname: string): boolean {
  return /^\/(profile|admin)(\/|$)/.test(pathname);
}

/** The home page's sign-in, coming back to `returnTo` (a path on this site) afterwards. */
export function signInRedirect(origin: string, returnTo: string): URL {
  const url = new URL("/", origin);
  url.searchParams.set("callbackUrl", returnTo);
  return url;
}
