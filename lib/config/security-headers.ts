import { getAppMode } from "./mode";

export type SecurityHeaderOptions = {
  /** `next dev`: React Refresh and Next's dev overlay evaluate code with eval(). */
  isDev: boolean;
  /** Deployed mode is served over HTTPS only, so HSTS is safe to send. */
  isDeployed: boolean;
  /** AUTH_OKTA_ISSUER: sign-in and sign-out leave the app for this origin. */
  oktaIssuer?: string;
};

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined; // parseEnv reports a malformed issuer at start; the CSP just omits it
  }
}

/**
 * The Content-Security-Policy for every response.
 * Scripts: 'self' 'unsafe-inline', not nonces. The App Router streams its data in inline
 * `<script>` tags; a per-request nonce would make every page dynamic and need the proxy to run on
 * every request, the token hook included (Okta waits on it for at most 3 s). With no third-party
 * scripts and no user HTML rendered, inline scripts gain an attacker little here.
 */
export function buildContentSecurityPolicy({ isDev, isDeployed, oktaIssuer }: SecurityHeaderOptions): string {
  const formTargets = ["'self'"];
  const issuerOrigin = originOf(oktaIssuer);
  if (issuerOrigin) formTargets.push(issuerOrigin);
  // The local Okta's port is chosen when the stack starts, after the build: allow any local port.
  if (!isDeployed) formTargets.push("http://localhost:*", "http://127.0.0.1:*");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Sign-in and sign-out forms are answered with redirects to Okta, which form-action governs.
    `form-action ${[...new Set(formTargets)].join(" ")}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  return directives.join("; ");
}

/** Headers for every page and route (next.config.ts `headers()`). */
export function buildSecurityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  // Never on plain-http local runs: a browser that honoured it would refuse http://localhost later.
  if (options.isDeployed) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** The options for this build, from the environment `next build` / `next dev` runs in. */
export function securityHeaderOptionsFromEnv(isDev: boolean, source: Record<string, string | undefined> = process.env): SecurityHeaderOptions {
  return { isDev, isDeployed: getAppMode(source) === "deployed", oktaIssuer: source.AUTH_OKTA_ISSUER };
}
