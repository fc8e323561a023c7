import { readFile } from "node:fs/promises";
import { importJWK, SignJWT, type JWK } from "jose";
import { runApiClientSetup } from "@/scripts/okta-setup/api-client/run-api-client-setup";
import { createSdkApiClientAdmin } from "@/scripts/okta-setup/api-client/sdk-api-client-admin";

export type ServiceApp = { clientId: string; clientSecret: string };

/**
 * A service app in the local Okta with the directory API's scopes, set up as an admin would with
 * `npm run okta:setup -- --api-client <label>` (through Okta's Management API client).
 */
export async function createServiceApp(issuer: string, label: string): Promise<ServiceApp> {
  const orgUrl = new URL(issuer).origin;
  const { clientId, clientSecret } = await runApiClientSetup({
    admin: createSdkApiClientAdmin({ orgUrl, token: "local-okta-api-token" }),
    desired: { authServerId: "default", appLabel: label, policyName: `Patient directory API: ${label}` },
    dryRun: false,
    print: () => undefined,
  });
  if (!clientSecret) throw new Error(`the app "${label}" already existed: use a new label`);
  return { clientId, clientSecret };
}

/** An access token by client credentials (client_secret_basic), as a sync client gets one from Okta. */
export async function clientCredentialsToken(issuer: string, app: ServiceApp, scope: string): Promise<string> {
  const response = await fetch(`${issuer}/v1/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", scope }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`token endpoint: ${response.status} ${body.error}: ${body.error_description}`);
  return body.access_token;
}

/**
 * A token signed with the local Okta's own signing key (its keys.json) with claims of the test's
 * choosing: an expired one, or one for another audience, which the local Okta would not mint on
 * request but a real client can hold (a token kept past its expiry, one minted for another API).
 */
export async function signAsLocalOkta(oktaDataDir: string, claims: Record<string, unknown>, expiresAt: number): Promise<string> {
  const { signing } = JSON.parse(await readFile(`${oktaDataDir}/keys.json`, "utf8")) as { signing: (JWK & { kid: string })[] };
  const [key] = signing;
  if (!key) throw new Error("the local Okta has no signing key");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(await importJWK(key, "RS256"));
}
