import { isGuideCredential } from "@/okta/guide-credentials";

/** The local Okta's well-known defaults: fine on loopback, an open door anywhere else. */
export const DEFAULT_API_TOKEN = "local-okta-api-token";
export const DEFAULT_READONLY_API_TOKEN = "local-okta-readonly-token";

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

type Exposure = { host: string; apiToken?: string; readOnlyApiToken?: string; hookAuthValue?: string };

/**
 * What keeps the local Okta from listening off loopback (OKTA_LOCAL_HOST, e.g. 0.0.0.0 in a
 * container): the published API tokens and Okta's guide hook secret, which anyone who can reach
 * the port would use. Empty on loopback.
 */
export function findExposedDefaults({ host, apiToken, readOnlyApiToken, hookAuthValue }: Exposure): string[] {
  if (isLoopbackHost(host)) return [];
  const problems: string[] = [];
  if (!apiToken || apiToken === DEFAULT_API_TOKEN) problems.push("OKTA_LOCAL_API_TOKEN: set your own (the default is published)");
  if (!readOnlyApiToken || readOnlyApiToken === DEFAULT_READONLY_API_TOKEN) {
    problems.push("OKTA_LOCAL_READONLY_API_TOKEN: set your own (the default is published)");
  }
  if (!hookAuthValue || isGuideCredential(hookAuthValue)) {
    problems.push("OKTA_LOCAL_HOOK_AUTH_VALUE (the app: HOOK_AUTH_SECRETS): set your own (Okta's guide example admin:supersecret is public)");
  }
  return problems;
}
