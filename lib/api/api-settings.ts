import { getEnv } from "@/lib/config/env";
import type { BearerVerification } from "@/lib/hook/verify-bearer-jwt";

export type ApiSettings = {
  /** null when neither API_OAUTH_ISSUER nor AUTH_OKTA_ISSUER is set: every call is refused */
  verification: BearerVerification | null;
  ratePerMinute: number;
};

let cached: ApiSettings | undefined;

// Fetching the issuer's keys on a cold start: a sync client waits longer than Okta waits on the hook.
const KEYS_TIMEOUT_MS = 5_000;

/** The directory API's settings, derived once from the validated environment. */
export function getApiSettings(): ApiSettings {
  if (cached) return cached;
  const env = getEnv();
  const issuer = env.API_OAUTH_ISSUER ?? env.AUTH_OKTA_ISSUER;
  cached = {
    verification: issuer ? { issuer, audience: env.API_OAUTH_AUDIENCE, keysTimeoutMs: KEYS_TIMEOUT_MS } : null,
    ratePerMinute: env.API_RATE_LIMIT_PER_MINUTE,
  };
  return cached;
}
