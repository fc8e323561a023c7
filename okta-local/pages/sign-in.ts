import type { Context } from "koa";
import type { Provider } from "oidc-provider";
import { readForm, type RouteHandler } from "../http/router";
import { grantRequestedScopes } from "../provider/grant-requested-scopes";
import type { UserDirectory } from "../users";
import { escapeHtml, renderPage } from "./html";

type SignInView = { uid: string; clientName: string; username?: string; error?: string; logins: string[] };

function renderSignIn({ uid, clientName, username = "", error, logins }: SignInView): string {
  const invalid = error ? ' aria-invalid="true" aria-describedby="signin-error"' : "";
  return renderPage({
    title: "Sign In",
    nav: false,
    body: `<div class="card">
<h1>Sign In</h1>
<p class="muted">to continue to ${escapeHtml(clientName)}</p>
${error ? `<div class="error" id="signin-error" role="alert">${escapeHtml(error)}</div>` : ""}
<form method="post" action="/login/${escapeHtml(uid)}">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" required value="${escapeHtml(username)}"${error ? invalid : " autofocus"}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${error ? " autofocus" : ""}>
<button type="submit">Sign in</button>
</form>
<details class="muted"><summary>Test users</summary><p>${logins.map(escapeHtml).join("<br>")}</p><p>Password: Passw0rd! (see okta-local/users.json)</p></details>
</div>`,
  });
}

function renderExpired(ctx: Context) {
  ctx.status = 400;
  ctx.type = "html";
  ctx.body = renderPage({
    title: "Sign-in expired",
    nav: false,
    body: '<div class="card"><h1>This sign-in has expired</h1><p>Go back to the application and sign in again.</p></div>',
  });
}

/**
 * The sign-in page, outside the provider's `/oauth2/default` prefix (the provider owns every
 * path below it). oidc-provider sends the browser here with an interaction cookie bound to `uid`.
 */
export function signInRoutes({ provider, users }: { provider: Provider; users: UserDirectory }) {
  async function loadInteraction(ctx: Context, uid: string) {
    try {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      if (details.uid !== uid) return undefined;
      const client = await provider.Client.find(String(details.params.client_id));
      return { details, clientName: String(client?.clientName ?? details.params.client_id) };
    } catch {
      return undefined; // no or expired interaction cookie
    }
  }

  /** The consent step (see provider/grant-requested-scopes.ts): granted without asking, as Okta does. */
  async function grantConsent(ctx: Context, details: Awaited<ReturnType<Provider["interactionDetails"]>>) {
    const accountId = details.session?.accountId;
    if (!accountId) return renderExpired(ctx);
    const grant = await grantRequestedScopes(provider, {
      grantId: details.grantId,
      accountId,
      clientId: String(details.params.client_id),
      scope: String(details.params.scope ?? ""),
    });
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId: grant.jti } });
    ctx.status = 303;
    ctx.redirect(returnTo);
  }
  const logins = () => users.all().map((user) => user.login);

  const show: RouteHandler = async (ctx, { uid = "" }) => {
    const interaction = await loadInteraction(ctx, uid);
    if (!interaction) return renderExpired(ctx);
    if (interaction.details.prompt.name === "consent") return grantConsent(ctx, interaction.details);
    ctx.type = "html";
    ctx.body = renderSignIn({ uid, clientName: interaction.clientName, logins: logins() });
  };

  const submit: RouteHandler = async (ctx, { uid = "" }) => {
    const interaction = await loadInteraction(ctx, uid);
    if (interaction?.details.prompt.name !== "login") return renderExpired(ctx);
    const form = await readForm(ctx);
    const username = form.get("username") ?? "";
    const user = users.authenticate(username, form.get("password") ?? "");
    if (!user) {
      ctx.status = 401;
      ctx.type = "html";
      ctx.body = renderSignIn({ uid, clientName: interaction.clientName, username, error: "Unable to sign in: the username or password is incorrect.", logins: logins() });
      return;
    }
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, {
      login: { accountId: user.id, amr: ["pwd"], ts: Math.floor(Date.now() / 1000) },
    });
    ctx.status = 303;
    ctx.redirect(returnTo);
  };

  return [
    ["GET", "/login/:uid", show],
    ["POST", "/login/:uid", submit],
  ] as [string, string, RouteHandler][];
}
