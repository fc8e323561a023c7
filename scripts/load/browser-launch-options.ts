import { existsSync } from "node:fs";

// Playwright cannot download its browsers on every machine; Debian's Chromium is the fallback.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Chromium's launch options for Playwright: Debian's Chromium when present, else Playwright's own. */
export const browserLaunchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};
