import { getAppMode } from "./mode";

export type SecurityHeaderOptions = {
  /** `next dev`: React Refresh and Next's dev overlay evaluate code with eval(). */
  isDev: boolean;
  /** Deployed mode is served over HTTPS only, so HSTS is safe to send. */
  isDeployed: boolean;
  /** AUTH_OKTA_ISSUER: sign-in and sign-out leave the app for this origin. */
  oktaIssuer?: string;
};

export type PolicyOptions = SecurityHeaderOptions & {
  /** This response's nonce (proxy.ts): the only inline scripts that run are the ones carrying it. */
  nonce: string;
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
 * The Content-Security-Policy of every page and route but the token hook, set per request by
 * proxy.ts. Scripts: only this response's nonce ('strict-dynamic' lets those scripts load Next's
 * chunks), never 'unsafe-inline': an injected <script> cannot run, so it cannot read the tokens
 * /profile shows. Next.js puts the nonce on its own scripts when it finds it in the request's
 * CSP header, which needs dynamic rendering (app/layout.tsx).
 */
export function buildContentSecurityPolicy({ isDev, isDeployed, oktaIssuer, nonce }: PolicyOptions): string {
  const formTargets = ["'self'"];
  const issuerOrigin = originOf(oktaIssuer);
  if (issuerOrigin) formTargets.push(issuerOrigin);
  // The local Okta's port is chosen when the stack starts, after the build: allow any local port.
  if (!isDeployed) formTargets.push("http://localhost:*", "http://127.0.0.1:*");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
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

/**
 * The fixed headers of every page and route but the token hook (next.config.ts `headers()`); the
 * CSP, which needs a per-request nonce, comes from proxy.ts.
 */
export function buildSecurityHeaders(options: Pick<SecurityHeaderOptions, "isDeployed">): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
  // Never on plain-http local runs: a browser that honoured it would refuse http://localhost later.
  if (options.isDeployed) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** The options from an environment (the server's at request time, or the build's). */
export function securityHeaderOptionsFromEnv(isDev: boolean, source: Record<string, string | undefined> = process.env): SecurityHeaderOptions {
  return { isDev, isDeployed: getAppMode(source) === "deployed", oktaIssuer: source.AUTH_OKTA_ISSUER };
}
