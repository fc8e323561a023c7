import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { reuseSignIn } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";
import { removePatients } from "@/e2e/support/test-data";
import { addPatient, NON_ADMIN, openPatient, searchPatients, signInAsAdmin, uniqueTag } from "./admin-patient-steps";

type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Submits a form as the admin would, but keeps the server-action POST from reaching the server:
 * what we get is a real request (Next-Action header, encoded form body) to replay as someone else.
 */
async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route("**/admin/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const { "next-action": action, "content-type": type, accept = "text/x-component" } = request.headers();
    captured = { url: request.url(), headers: { "next-action": action!, "content-type": type!, accept, origin: APP_URL }, body: request.postDataBuffer()! };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured).toBeDefined();
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

const replay = (request: APIRequestContext, action: CapturedAction) =>
  request.post(action.url, { headers: action.headers, data: action.body, maxRedirects: 0 });

test.describe("admin: server actions check the caller themselves", () => {
  const tag = uniqueTag();
  const never = `e2e-never-${tag}@example.com`;
  const kept = `e2e-kept-${tag}@example.com`;

  test.afterAll(() => removePatients([never, kept]));

  test("a replayed create, without a session or from a non-admin, adds nothing", async ({ page, browser, playwright }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/patients/new");
    await page.getByLabel("Okta login").fill(never);
    await page.getByLabel("Patient ID").fill(`NEVER-${tag}`);
    const create = await captureAction(page, () => page.getByRole("button", { name: "Add patient" }).click());

    const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
    const anonymousAnswer = await replay(anonymous, create);
    expect(anonymousAnswer.status(), "an anonymous replay is turned away").not.toBe(200);
    await anonymous.dispose();

    // Signed in but not staff: the proxy lets the request through, so this is the action's own check.
    const alexContext = await browser.newContext();
    const alex = await alexContext.newPage();
    await reuseSignIn(alex, NON_ADMIN);
    const alexAnswer = await replay(alex.request, create);
    expect(alexAnswer.status(), "forbidden(): HTTP 403").toBe(403);
    await alexContext.close();

    await searchPatients(page, never);
    await expect(page.getByText("No patient matches your search.")).toBeVisible();
    await page.goto(`/admin/audit?${new URLSearchParams({ q: never, action: "changes" })}`);
    await expect(page.getByText("No entries match these filters.")).toBeVisible();
  });

  test("a replayed delete from a non-admin leaves the patient in place", async ({ page, browser }) => {
    await signInAsAdmin(page);
    await addPatient(page, { username: kept, patientId: `KEPT-${tag}` });
    await openPatient(page, kept);
    await page.getByRole("button", { name: "Delete patient…" }).click();
    const remove = await captureAction(page, () =>
      page.getByRole("dialog", { name: "Delete this patient?" }).getByRole("button", { name: "Delete", exact: true }).click(),
    );

    const alexContext = await browser.newContext();
    const alex = await alexContext.newPage();
    await reuseSignIn(alex, NON_ADMIN);
    await replay(alex.request, remove);
    await alexContext.close();

    await searchPatients(page, kept);
    await expect(page.getByRole("link", { name: kept, exact: true })).toBeVisible();
  });
});
