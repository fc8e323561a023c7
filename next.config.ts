import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { buildSecurityHeaders, securityHeaderOptionsFromEnv } from "./lib/config/security-headers";

export default function nextConfig(phase: string): NextConfig {
  return {
    // Lets concurrent runs (a benchmark beside a test run) keep separate builds.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    poweredByHeader: false,
    reactStrictMode: true,
    // The CSV import accepts files up to 5 MB and refuses larger ones with its own message.
    // authInterrupts: forbidden() answers signed-in non-staff with HTTP 403 (lib/admin/require-admin.ts).
    experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true },
    // Native/wasm packages that must not be bundled into server chunks.
    serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
    // Fixed at build time (Next writes them into the routes manifest): on Vercel every change of
    // an environment variable takes a redeploy anyway, which rebuilds them. Pages and routes only:
    // the token hook's answers, read by Okta and never by a browser, carry none of them. The CSP
    // comes from proxy.ts, which sets a fresh nonce per request.
    async headers() {
      const headers = buildSecurityHeaders(securityHeaderOptionsFromEnv(phase === PHASE_DEVELOPMENT_SERVER));
      return [{ source: "/:path((?!api/hooks/).*)", headers }];
    },
  };
}
