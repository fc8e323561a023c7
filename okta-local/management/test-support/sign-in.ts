import { createHash, randomBytes } from "node:crypto";
import { createBrowser } from "../../test-support/browser";

/** Without `clientSecret`, a public client: the code is exchanged with `client_id` and the PKCE verifier only. */
export type SignInClient = { issuer: string; clientId: string; clientSecret?: string; redirectUri: string; scope?: string; secretIn?: "header" | "form" };

const base64url = (bytes: Buffer) => bytes.toString("base64url");

/**
 * The code flow with PKCE, signing in through the local Okta's own form as flow.test.ts does,
 * then the code exchange. Returns the token endpoint's answer (status and JSON body).
 */
export async function signInWithCodeFlow(client: SignInClient, login: string, password = "Passw0rd!"): Promise<{ status: number; body: Record<string, unknown>; nonce: string }> {
  const browser = createBrowser();
  const verifier = base64url(randomBytes(32));
  const nonce = base64url(randomBytes(16));
  const authorize = new URL(`${client.issuer}/v1/authorize`);
  authorize.search = new URLSearchParams({
    client_id: client.clientId,
    response_type: "code",
    scope: client.scope ?? "openid profile email groups",
    redirect_uri: client.redirectUri,
    state: base64url(randomBytes(16)),
    nonce,
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
    body: new URLSearchParams({ username: login, password }),
  });
  const code = new URL(callback.url).searchParams.get("code");
  if (!code) throw new Error(`no code in ${callback.url}`);

  // client_secret_basic (the default), client_secret_post, or a public client's client_id alone.
  const { clientSecret } = client;
  const inHeader = clientSecret !== undefined && client.secretIn !== "form";
  const response = await fetch(`${client.issuer}/v1/token`, {
    method: "POST",
    headers: inHeader ? { Authorization: `Basic ${Buffer.from(`${client.clientId}:${clientSecret}`).toString("base64")}` } : {},
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: client.redirectUri,
      code_verifier: verifier,
      ...(inHeader ? {} : { client_id: client.clientId }),
      ...(clientSecret !== undefined && !inHeader ? { client_secret: clientSecret } : {}),
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, nonce };
}
