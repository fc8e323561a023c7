import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { adminPageFiles, adminRouteFiles, builtActions, routeOf, serverActionFiles } from "@/tests/support/admin-surface";
import { reuseSignIn } from "@/e2e/support/sign-in";
import { APP_URL } from "@/e2e/support/stack";
import { addPatient, NON_ADMIN, signInAsAdmin, uniqueTag } from "./admin-patient-steps";

// The sign-in and sign-out actions (lib/sign-in) are public by design; everything under app/ is not.
const actions = builtActions().filter((action) => action.file.startsWith("app/"));

/** Where the answer sends the caller: a Server Action redirect or an HTTP one. */
const redirectOf = (response: APIResponse) => `${response.headers()["x-action-redirect"] ?? ""} ${response.headers().location ?? ""}`;

function callAction(request: APIRequestContext, id: string, pagePath: string, args: unknown[], origin = APP_URL) {
  return request.post(pagePath, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** The database id behind a patient's edit link: the argument delete and update take. */
async function patientIdOf(page: Page, login: string): Promise<string> {
  await page.goto(`/admin/patients?${new URLSearchParams({ q: login })}`);
  const href = await page.getByRole("link", { name: login, exact: true }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`no edit link for ${login}`);
  return id;
}

const auditText = async (page: Page) => {
  // Changes only: the staff user's own reads (patients opened, searches) are recorded too.
  await page.goto("/admin/audit?action=changes");
  await page.getByRole("list", { name: "Audit entries, newest first" }).waitFor();
  return page.getByRole("main").innerText();
};

test.describe("admin: every page and server action refuses anonymous and non-admin callers", () => {
  const tag = uniqueTag();
  const target = `sec-target-${tag}@example.com`;

  test("the build's action list covers every \"use server\" file under app/", () => {
    const built = new Set(actions.map((action) => action.file));
    expect(serverActionFiles().sort()).toEqual([...built].sort());
    expect(actions.every((action) => action.page), "each action has an admin page to post to").toBe(true);
  });

  test("pages, the export route and actions turn away anonymous and non-admin callers, and change nothing", async ({ page, browser, playwright }) => {
    test.setTimeout(180_000);
    await signInAsAdmin(page);
    await addPatient(page, { username: target, patientId: `SEC-${tag}` });
    const id = await patientIdOf(page, target);
    const auditBefore = await auditText(page);
    const pages = adminPageFiles();
    expect(pages.length).toBeGreaterThan(5);

    const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
    const alexContext = await browser.newContext();
    const alex = await alexContext.newPage();
    await reuseSignIn(alex, NON_ADMIN);
    for (const file of pages) {
      const url = routeOf(file, id);
      const answer = await anonymous.get(url, { maxRedirects: 0 });
      expect(answer.status(), `${url} anonymous`).toBe(307);
      expect(answer.headers().location, `${url} anonymous`).toContain("callbackUrl");
      // HTTP 403 on the page itself: no redirect, no 200 with a streamed redirect in it.
      const shown = await alex.goto(url);
      expect(shown?.status(), `${url} as ${NON_ADMIN}`).toBe(403);
      expect(shown?.request().redirectedFrom(), `${url} as ${NON_ADMIN}: no redirect`).toBeNull();
      await expect(alex.getByRole("heading", { level: 1 })).toContainText("don't have access");
    }
    for (const file of adminRouteFiles()) {
      const url = routeOf(file, id);
      expect((await anonymous.get(url, { maxRedirects: 0 })).status(), `${url} anonymous`).toBeGreaterThanOrEqual(300);
      expect((await alex.request.get(url, { maxRedirects: 0 })).status(), `${url} as ${NON_ADMIN}`).toBe(403);
    }
    for (const action of actions) {
      const pagePath = routeOf(action.page, id);
      // The patient's id first: what delete and update take, so a missing check would change it.
      const args = [id, { username: target, patientId: "CHANGED" }];
      const anon = await callAction(anonymous, action.id, pagePath, args);
      expect(redirectOf(anon), `${action.name} anonymous`).toContain("callbackUrl");
      const asAlex = await callAction(alex.request, action.id, pagePath, args);
      expect(asAlex.status(), `${action.name} as ${NON_ADMIN}`).toBe(403);
    }
    await anonymous.dispose();
    await alexContext.close();

    expect(await auditText(page), "no change was recorded").toBe(auditBefore);
    expect(await patientIdOf(page, target)).toBe(id);
  });

  test("a cross-site POST to a server action is refused, even with the admin's cookies", async ({ page }) => {
    await signInAsAdmin(page);
    const login = `sec-csrf-${tag}@example.com`;
    await addPatient(page, { username: login, patientId: `CSRF-${tag}` });
    const id = await patientIdOf(page, login);
    const remove = actions.find((action) => action.name === "deletePatientAction");
    if (!remove) throw new Error("deletePatientAction is not in the build");
    const evil = await callAction(page.request, remove.id, routeOf(remove.page, id), [id], "https://evil.example");
    expect(evil.status(), await evil.text()).toBeGreaterThanOrEqual(400);
    expect(await patientIdOf(page, login)).toBe(id);
    // Control: the very same request from our own origin does delete, so the refusal above was the origin's doing.
    const same = await callAction(page.request, remove.id, routeOf(remove.page, id), [id]);
    expect(redirectOf(same)).toContain("/admin/patients");
    await page.goto(`/admin/patients?${new URLSearchParams({ q: login })}`);
    await expect(page.getByRole("link", { name: login, exact: true })).toHaveCount(0);
  });
});
