/**
 * The one place that decides how the app runs.
 * - deployed: on Vercel (`VERCEL=1`) or with `APP_ENV=production`. Never uses the embedded
 *   database, the local Okta or any development default.
 * - local: everything else, including `next start` on a laptop or in CI.
 */
export type AppMode = "deployed" | "local";

export function getAppMode(source: Record<string, string | undefined> = process.env): AppMode {
  return source.VERCEL === "1" || source.APP_ENV === "production" ? "deployed" : "local";
}
