import { expect, test } from "@playwright/test";
import { profileParts } from "@/e2e/support/profile";
import { signIn, signOut } from "@/e2e/support/sign-in";
import { APP_URL, OKTA_URL } from "@/e2e/support/stack";
import { removePatients } from "@/e2e/support/test-data";
import { buildOpenApiDocument } from "@/lib/api/openapi/openapi-document";
import { createApiClient } from "@/tests/support/api-client/api-client";
import { clientCredentialsToken, createServiceApp } from "@/tests/support/api-client/service-app";

// alex.doe is the local Okta's non-patient; other specs rely on that, so this spec always undoes it.
const ALEX = "alex.doe@example.com";
const ISSUER = `${OKTA_URL}/oauth2/default`;

test.describe("the directory API reaches the next sign-in", () => {
  test.afterEach(() => removePatients([ALEX]));

  test("a sign-in right after a sync carries the new patient ID; after a delete, the next carries none", async ({ page }) => {
    // An EHR's sync job: a service app of the (local) Okta, its token by client credentials.
    const app = await createServiceApp(ISSUER, `E2E EHR sync ${Date.now()}`);
    const api = createApiClient(APP_URL, await clientCredentialsToken(ISSUER, app, "patients.write"));
    const synced = await api.POST("/api/v1/patients/bulk", { body: { operations: [{ op: "upsert", username: ALEX, patientId: "E2E-4711", displayName: "Alex Doe" }] } });
    expect(synced.data).toMatchObject({ created: 1 });

    await signIn(page, ALEX);
    let profile = profileParts(page);
    await expect(profile.claimRow("extPatientId").getByRole("cell").first()).toHaveText("E2E-4711");
    await signOut(page);

    const deleted = await api.DELETE("/api/v1/patients/{login}", { params: { path: { login: ALEX } } });
    expect(deleted.response.status).toBe(204);

    await signIn(page, ALEX);
    profile = profileParts(page);
    await expect(profile.idTokenTable).toBeVisible();
    await expect(profile.claimRow("extPatientId")).toHaveCount(0);
    await expect(profile.diagnosis).toHaveAttribute("data-diagnosis", "not-a-patient");
  });

  test("the API reference page shows every operation of the OpenAPI document, and each problem type its errors link to", async ({ page }) => {
    await page.goto("/api-reference");
    await expect(page.getByRole("heading", { level: 1, name: "Patient directory API" })).toBeVisible();
    const document = buildOpenApiDocument();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item).filter((key) => key !== "parameters")) {
        await expect(page.getByRole("heading", { level: 3, name: `${method.toUpperCase()} ${path}`, exact: true })).toBeVisible();
      }
    }
    await expect(page.locator("#problem-precondition-failed")).toContainText("412");
    await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");
  });
});
