/**
 * Okta's end-session URL (`<issuer>/v1/logout`). Clearing our cookie alone leaves the Okta
 * session alive, so the next "Sign in" would come straight back signed in as the same user.
 * Okta needs the ID token as id_token_hint and only accepts a registered post-logout URI.
 */
export function buildOktaLogoutUrl(issuer: string | undefined, idToken: string | undefined, returnTo: string): string | null {
  if (!issuer || !idToken) return null;
  const url = new URL(`${issuer.replace(/\/+$/, "")}/v1/logout`);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", returnTo);
  return url.href;
}
