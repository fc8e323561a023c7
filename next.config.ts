import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets concurrent runs (a benchmark beside a test run) keep separate builds.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The CSV import accepts files up to 5 MB and refuses larger ones with its own message.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Native/wasm packages that must not be bundled into server chunks.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
};

export default nextConfig;
