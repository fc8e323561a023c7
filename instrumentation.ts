/**
 * Runs once when a Next.js server instance starts (each cold start on Vercel). A deployed
 * instance with missing settings must fail here, loudly and naming every gap, rather than serve
 * sign-ins and hook calls that fail one by one later.
 */
export async function register(): Promise<void> {
  // The Node.js runtime only: the check reads the same environment the route handlers do.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertDeployedConfig } = await import("@/lib/config/assert-deployed-config");
  const { log } = await import("@/lib/common/log");
  try {
    assertDeployedConfig(process.env);
  } catch (error) {
    log.error("config.invalid", { message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  // SIGTERM writes the hook's waiting call records before the process exits (lib/hook/flush-on-shutdown.ts).
  const { flushHookRecordsOnShutdown } = await import("@/lib/hook/flush-on-shutdown");
  flushHookRecordsOnShutdown();
  // OAuth 2.0-secured hook: the issuer's keys now, not on the first call Okta makes.
  const { getHookSettings } = await import("@/lib/hook/hook-settings");
  const { oauth } = getHookSettings().auth;
  if (oauth) {
    const { prefetchIssuerKeys } = await import("@/lib/hook/issuer-keys");
    void prefetchIssuerKeys(oauth.issuer, oauth.keysTimeoutMs ?? 2000);
  }
}
