/** The hook endpoint's path; Okta is given this app's origin + this path. */
export const HOOK_PATH = "/api/hooks/token";

type HeaderReader = { get(name: string): string | null };

// A host name, IPv4 or bracketed IPv6, with an optional port: nothing that could smuggle a path,
// credentials or another scheme into the URL the tester sends the hook secret to.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Proxies may append values ("a, b"): the first one is what the client used. */
const firstValue = (value: string | null) => value?.split(",")[0]?.trim() || null;

export type HookUrl = { url: string; source: "APP_URL" | "request" };

/**
 * This app's hook URL: APP_URL's origin when set, else the host the request came in on (behind a
 * proxy, `x-forwarded-host`/`x-forwarded-proto`). Null when the host is missing or malformed.
 */
export function resolveHookUrl(appUrl: string | undefined, headers: HeaderReader): HookUrl | null {
  if (appUrl) return { url: `${new URL(appUrl).origin}${HOOK_PATH}`, source: "APP_URL" };
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const forwardedProto = firstValue(headers.get("x-forwarded-proto"))?.toLowerCase();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return { url: `${protocol}://${host.toLowerCase()}${HOOK_PATH}`, source: "request" };
}

/**
 * Where the tester sends the hook secret: APP_URL's origin, else (local mode only) this server on
 * loopback at its own port. Never a request header: a forwarded host is whatever the client or a
 * proxy says, and would carry the secret (and a server-side POST) to any host and port.
 * Null in deployed mode without APP_URL, which deployed mode refuses to start with anyway.
 */
export function resolveTesterHookUrl(settings: { APP_URL?: string; PORT: number; mode: "local" | "deployed" }): string | null {
  if (settings.APP_URL) return `${new URL(settings.APP_URL).origin}${HOOK_PATH}`;
  if (settings.mode === "deployed") return null;
  return `http://127.0.0.1:${settings.PORT}${HOOK_PATH}`;
}

/** docs/okta-token-hook.md §2: Okta only calls https:// URLs (the Admin Console answers "invalid URL provided"). */
export function isHttpsUrl(url: string): boolean {
  return url.startsWith("https://");
}
