import type { Env } from "@/lib/config/env";
import { isGuideCredential } from "@/okta/guide-credentials";
import { isLoopbackHost } from "@/okta-local/loopback";

/**
 * The app's published local defaults that must not face a network (LISTEN_HOST off loopback):
 * Okta's example hook secret would let anyone who reaches the port look up patient IDs.
 * (The local Okta checks its own API tokens and hook secret: okta-local/loopback.ts.)
 */
export function findExposedAppDefaults(host: string, settings: Env): string[] {
  if (isLoopbackHost(host)) return [];
  if (settings.hookAuthSecrets.some(isGuideCredential)) {
    return ["HOOK_AUTH_SECRETS: set your own (the local default is Okta's public example admin:supersecret)"];
  }
  return [];
}
