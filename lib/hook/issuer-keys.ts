import { createRemoteJWKSet } from "jose";
import { describeError, log } from "@/lib/common/log";

type KeySet = ReturnType<typeof createRemoteJWKSet>;

// One key set per issuer, discovered once; concurrent first calls share the same promise, and
// jose's key set shares one fetch between concurrent callers when it (re)loads.
const keySets = new Map<string, Promise<KeySet>>();

/**
 * Okta custom authorization servers publish keys at {issuer}/v1/keys; discovery gives the same
 * URL. Both fetches are bounded by `timeoutMs` (the lookup budget): Okta gives up on the whole
 * call after 3 s (docs/okta-token-hook.md §4.2), and jose's own default timeout is 5 s.
 */
async function discoverKeySet(issuer: string, timeoutMs: number): Promise<KeySet> {
  const base = issuer.replace(/\/$/, "");
  let jwksUri: string | undefined;
  try {
    const response = await fetch(`${base}/.well-known/oauth-authorization-server`, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) jwksUri = ((await response.json()) as { jwks_uri?: string }).jwks_uri;
  } catch (error) {
    log.warn("hook.oauth.discovery_failed", { issuer, reason: describeError(error) });
  }
  return createRemoteJWKSet(new URL(jwksUri ?? `${base}/v1/keys`), { timeoutDuration: timeoutMs, cacheMaxAge: 10 * 60_000 });
}

/** The issuer's signing keys for jwtVerify (fetched on first use, cached, refreshed on an unknown kid). */
export function getIssuerKeys(issuer: string, timeoutMs: number): Promise<KeySet> {
  let keys = keySets.get(issuer);
  if (!keys) keySets.set(issuer, (keys = discoverKeySet(issuer, timeoutMs)));
  return keys;
}

/** Fetches the issuer's keys now (at start), so the first hook call does not wait for them. */
export async function prefetchIssuerKeys(issuer: string, timeoutMs: number): Promise<void> {
  try {
    await (await getIssuerKeys(issuer, timeoutMs)).reload();
    log.info("hook.oauth.keys_loaded", { issuer });
  } catch (error) {
    log.warn("hook.oauth.keys_not_loaded", { issuer, reason: describeError(error) });
  }
}
