import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The two screens every page must work on: a desktop and a 390 px phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, naming
 * each rule and the elements that break it. Also fails when the page is wider than the screen
 * (the whole page scrolls sideways), which axe does not check.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // Legacy mode runs axe.run() in the page itself. The default runs axe in each frame and then
  // merges the results in a new blank page, for cross-origin iframes, which no page here has
  // (frame-ancestors 'none', no iframes): that took twice as long (about 1.2 s a check, not 0.65).
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .setLegacyMode()
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join("\n    ")}`);
  expect(serious, `axe on ${state}`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${state}: the page is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
}

/** expectAccessible at desktop size, then at phone size (the same page, resized), then back. */
export async function expectAccessibleOnBoth(page: Page, state: string): Promise<void> {
  await page.setViewportSize(VIEWPORTS.desktop);
  await expectAccessible(page, `${state} (desktop)`);
  await page.setViewportSize(VIEWPORTS.phone);
  await expectAccessible(page, `${state} (phone)`);
  await page.setViewportSize(VIEWPORTS.desktop);
}
