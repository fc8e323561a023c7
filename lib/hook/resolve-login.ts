import type { HookRequest } from "./hook-request-schema";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** Logins are stored trimmed and lower-cased; Okta logins are case-insensitive. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * Who the tokens are for. Okta's samples read two different fields (docs/okta-token-hook.md §2.2):
 * `context.user.profile.login` is present whenever a user is bound; `preferred_username` only
 * when the profile scope was granted; an access token's `sub` is the login on some servers.
 */
export function resolveLogin(request: HookRequest): string | null {
  const { context, identity, access } = request.data;
  const candidates = [context?.user?.profile?.login, identity?.claims?.preferred_username];
  for (const candidate of candidates) {
    if (typeof candidate === "string" && candidate.trim()) return normalizeLogin(candidate);
  }
  const sub = access?.claims?.sub;
  if (typeof sub === "string" && EMAIL_SHAPE.test(sub.trim())) return normalizeLogin(sub);
  return null;
}
