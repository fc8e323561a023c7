import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets concurrent runs (a benchmark beside a test run) keep separate builds.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native/wasm packages that must not be bundled into server chunks.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
};

export default nextConfig;
