import OktaJwtVerifier from "@okta/jwt-verifier";
import { expect, test, type Page } from "@playwright/test";
import { startExpressClient } from "@/e2e/express-client/okta-express-app";
import { E2E_EXPRESS_PORT, OKTA_URL, PASSWORD } from "@/e2e/support/stack";

const ISSUER = `${OKTA_URL}/oauth2/default`;
const api = { Authorization: "SSWS local-okta-api-token", Accept: "application/json" };
const LABEL = "Express sample (e2e)";

async function signInAt(page: Page, appUrl: string, username: string) {
  await page.goto(`${appUrl}/profile`);
  // The local Okta's sign-in page names the app being signed in to, as Okta's does.
  await expect(page.getByText(`to continue to ${LABEL}`)).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${appUrl}/profile`);
}

// Okta's own libraries are the judges: the client is Okta's OIDC middleware for Express (what
// Okta's Express sample is built on), and Okta's JWT verifier checks what it was given.
test("an Express app on Okta's middleware, registered through /api/v1/apps, signs in and gets the hook's claim", async ({ page, request }) => {
  const appUrl = `http://localhost:${E2E_EXPRESS_PORT}`;
  const registered = await request.post(`${OKTA_URL}/api/v1/apps`, {
    headers: api,
    data: {
      name: "oidc_client",
      label: LABEL,
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_basic" } },
      settings: {
        oauthClient: {
          application_type: "web",
          grant_types: ["authorization_code", "refresh_token"],
          response_types: ["code"],
          redirect_uris: [`${appUrl}/authorization-code/callback`],
          post_logout_redirect_uris: [`${appUrl}/`],
        },
      },
    },
  });
  expect(registered.ok(), await registered.text()).toBe(true);
  const app = (await registered.json()) as { id: string; credentials: { oauthClient: { client_id: string; client_secret: string } } };
  const { client_id: clientId, client_secret: clientSecret } = app.credentials.oauthClient;
  const client = await startExpressClient({ issuer: ISSUER, clientId, clientSecret, port: E2E_EXPRESS_PORT });
  try {
    await signInAt(page, appUrl, "kim.sato@example.com");
    await expect(page.locator("#claim-extPatientId")).toHaveText("6789");
    await expect(page.locator("#claim-aud")).toHaveText(clientId);

    const verifier = new OktaJwtVerifier({ issuer: ISSUER, clientId, testing: { disableHttpsCheck: true } });
    const idToken = (await page.locator("#id-token").textContent()) ?? "";
    // The middleware sends no nonce (it relies on state and PKCE); the verifier checks one only if given.
    const nonce = (JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString()) as { nonce?: string }).nonce;
    expect((await verifier.verifyIdToken(idToken, clientId, nonce)).claims).toMatchObject({ extPatientId: "6789", preferred_username: "kim.sato@example.com" });
    const accessToken = (await page.locator("#access-token").textContent()) ?? "";
    expect((await verifier.verifyAccessToken(accessToken, "api://default")).claims).toMatchObject({ cid: clientId, sub: "kim.sato@example.com" });

    // Logout revokes the tokens (the middleware reports any failed revoke) and ends the Okta session.
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(`${appUrl}/`);
    await expect(page.getByRole("heading", { name: "Signed out" })).toBeVisible();
    expect(client.errors.map(String)).toEqual([]);

    await signInAt(page, appUrl, "alex.doe@example.com");
    await expect(page.locator("#claim-preferred_username")).toHaveText("alex.doe@example.com");
    await expect(page.locator("#claim-extPatientId")).toHaveCount(0);
  } finally {
    await client.stop();
    await request.post(`${OKTA_URL}/api/v1/apps/${app.id}/lifecycle/deactivate`, { headers: api });
    await request.delete(`${OKTA_URL}/api/v1/apps/${app.id}`, { headers: api });
  }
});
