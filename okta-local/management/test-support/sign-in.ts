import { createHash, randomBytes } from "node:crypto";
import { createBrowser } from "../../test-support/browser";

export type SignInClient = { issuer: string; clientId: string; clientSecret: string; redirectUri: string };

const base64url = (bytes: Buffer) => bytes.toString("base64url");

/**
 * The code flow with PKCE, signing in through the local Okta's own form as flow.test.ts does,
 * then the code exchange. Returns the token endpoint's answer (status and JSON body).
 */
export async function signInWithCodeFlow(client: SignInClient, login: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const browser = createBrowser();
  const verifier = base64url(randomBytes(32));
  const authorize = new URL(`${client.issuer}/v1/authorize`);
  authorize.search = new URLSearchParams({
    client_id: client.clientId,
    response_type: "code",
    scope: "openid profile email groups",
    redirect_uri: client.redirectUri,
    state: base64url(randomBytes(16)),
    nonce: base64url(randomBytes(16)),
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
  }).toString();

  const atApp = (url: string) => url.startsWith(client.redirectUri);
  const loginPage = await browser.follow(authorize.href, atApp);
  const html = (await loginPage.response?.text()) ?? "";
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no sign-in form at ${loginPage.url}`);
  const callback = await browser.follow(new URL(action, loginPage.url).href, atApp, {
    method: "POST",
    body: new URLSearchParams({ username: login, password: "Passw0rd!" }),
  });
  const code = new URL(callback.url).searchParams.get("code");
  if (!code) throw new Error(`no code in ${callback.url}`);

  const response = await fetch(`${client.issuer}/v1/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: client.redirectUri, code_verifier: verifier }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
