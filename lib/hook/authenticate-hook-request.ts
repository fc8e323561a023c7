import { createHash, timingSafeEqual } from "node:crypto";
import type { HookRefusalReason } from "@/generated/prisma/enums";
import { log } from "@/lib/common/log";
import { verifyBearerJwt } from "./verify-bearer-jwt";

export type HookAuthSettings = {
  /** Header Okta sends the secret in (docs/okta-token-hook.md §4.5: any header name, Authorization for Basic). */
  header: string;
  /** Accepted values; several allow rotating the secret without downtime. */
  secrets: string[];
  /** OAuth 2.0: Okta sends `Authorization: Bearer <JWT>` from this issuer (docs/okta-token-hook.md §4.5). */
  oauth?: { issuer: string; audience: string; keysTimeoutMs?: number };
};

// Far above any real secret or JWT; stops hashing or parsing megabytes sent by an attacker.
const MAX_CREDENTIAL_LENGTH = 8192;

// The lookup budget's default: fetching the issuer's keys must fit inside Okta's 3 s too.
const DEFAULT_KEYS_TIMEOUT_MS = 2000;

const digest = (value: string) => createHash("sha256").update(value).digest();

// The configured secrets' digests, computed once per settings list rather than on every call.
const secretDigests = new WeakMap<string[], Buffer[]>();

/** Constant-time: compares fixed-length digests, and checks every secret whatever matched. */
function matchesAnySecret(presented: string, secrets: string[]): boolean {
  let digests = secretDigests.get(secrets);
  if (!digests) secretDigests.set(secrets, (digests = secrets.map(digest)));
  const presentedDigest = digest(presented);
  let matched = false;
  for (const secretDigest of digests) {
    matched = timingSafeEqual(presentedDigest, secretDigest) || matched;
  }
  return matched;
}

/** Authenticated, or refused (401) for a reason the admin can act on; never the credential itself. */
export type HookAuthResult = { authenticated: true } | { authenticated: false; reason: HookRefusalReason };

const AUTHENTICATED: HookAuthResult = { authenticated: true };
const refused = (reason: HookRefusalReason): HookAuthResult => ({ authenticated: false, reason });

async function verifyBearer(token: string, oauth: NonNullable<HookAuthSettings["oauth"]>): Promise<HookAuthResult> {
  const result = await verifyBearerJwt(token, { ...oauth, keysTimeoutMs: oauth.keysTimeoutMs ?? DEFAULT_KEYS_TIMEOUT_MS });
  return result.valid ? AUTHENTICATED : refused(result.reason);
}

let warnedNoCredentials = false;

/** Authenticated when the call carries a configured secret or a valid OAuth 2.0 bearer token. */
export async function authenticateHookRequest(headers: Headers, settings: HookAuthSettings): Promise<HookAuthResult> {
  if (settings.secrets.length === 0 && !settings.oauth) {
    if (!warnedNoCredentials) {
      warnedNoCredentials = true;
      log.error("hook.auth.unconfigured", {
        message: "No HOOK_AUTH_SECRETS or HOOK_OAUTH_ISSUER/HOOK_OAUTH_AUDIENCE set: refusing every hook call.",
      });
    }
    return refused("not_configured");
  }
  const authorization = headers.get("authorization");
  if (settings.oauth && authorization && authorization.length <= MAX_CREDENTIAL_LENGTH) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (match?.[1]) return verifyBearer(match[1], settings.oauth);
  }
  const presented = headers.get(settings.header);
  if (!presented) return refused("no_credentials");
  // OAuth only (no secrets), and something other than a bearer token: it cannot be a valid one.
  if (settings.secrets.length === 0) return refused(settings.oauth && /^Bearer\s/i.test(presented) ? "token_malformed" : "no_credentials");
  if (presented.length > MAX_CREDENTIAL_LENGTH) return refused("wrong_secret");
  if (matchesAnySecret(presented, settings.secrets)) return AUTHENTICATED;
  // "Bearer" with nothing usable after it, on a hook that takes bearer tokens: a token problem, not a secret one.
  return refused(settings.oauth && /^Bearer\b/i.test(presented) ? "token_malformed" : "wrong_secret");
}
