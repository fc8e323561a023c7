import type { ErrorOut, KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml, renderPage } from "./html";

/**
 * Okta's `/v1/logout` signs the user out and redirects at once, with no confirmation question.
 * oidc-provider asks first, so its confirmation form is submitted by the page itself, with
 * `logout=yes` to end the Okta session too (oidc-provider does the same when no one is signed in).
 */
async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  const autoSubmit = form.replace("</form>", '<input type="hidden" name="logout" value="yes"/><noscript><button type="submit">Sign out</button></noscript></form>');
  ctx.type = "html";
  ctx.body = renderPage({
    title: "Signing out",
    nav: false,
    body: `<div class="card"><h1>Signing out…</h1>${autoSubmit}<script>document.forms[0].submit()</script></div>`,
  });
}

async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  ctx.type = "html";
  ctx.body = renderPage({ title: "Signed out", nav: false, body: '<div class="card"><h1>You are signed out</h1></div>' });
}

export const renderLogoutPages = { logoutSource, postLogoutSuccessSource };

/** The provider's error page (bad authorize requests and the like). */
export async function renderProviderError(ctx: KoaContextWithOIDC, out: ErrorOut) {
  ctx.type = "html";
  const rows = Object.entries(out)
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
    .join("");
  ctx.body = renderPage({ title: "Error", nav: false, body: `<div class="card"><h1>Something went wrong</h1>${rows}</div>` });
}
