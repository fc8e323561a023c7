import { existsSync } from "node:fs";

// Playwright cannot download its browsers on every machine; Debian's Chromium is the fallback.
// Its headless shell (package chromium-headless-shell) is the browser Playwright itself runs for
// headless tests: it spends about 40 % less CPU than the full browser in headless mode, which on a
// 2-core machine is time the app under test gets back. The full browser serves when it is absent.
const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

/** Chromium's launch options for Playwright: Debian's Chromium when present, else Playwright's own. */
export const browserLaunchOptions = SYSTEM_CHROMIUM
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
