import type { Context } from "koa";
import { readForm, type RouteHandler } from "../http/router";
import { escapeHtml, renderPage } from "../pages/html";
import type { UserDirectory } from "../users";
import { isOktaAdmin, type AdminSessions } from "./admin-sessions";

export const ADMIN_SIGN_IN_PATH = "/admin/sign-in";

/** Only the local Okta's own admin pages may be returned to: never another site. */
function safeReturnTo(value: string | null | undefined): string {
  return value && /^\/(preview|logs)(\?[^\s\\]*)?$/.test(value) ? value : "/logs";
}

/** A browser POST from another origin (a form on a hostile page) is refused. (Koa's ctx.origin is not used: it can echo the Origin header.) */
const isCrossOrigin = (ctx: Context) => {
  const origin = ctx.get("Origin");
  return origin !== "" && origin !== `${ctx.protocol}://${ctx.get("Host")}`;
};

function renderAdminSignIn(returnTo: string, error?: string): string {
  return renderPage({
    title: "Admin sign-in",
    nav: false,
    body: `<div class="card">
<h1>Sign in to the Admin Console</h1>
<p class="muted">The System Log and the token hook preview need an Okta administrator.</p>
${error ? `<div class="error" id="signin-error" role="alert">${escapeHtml(error)}</div>` : ""}
<form method="post" action="${ADMIN_SIGN_IN_PATH}">
<input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
</div>`,
  });
}

/**
 * Okta's Admin Console needs an administrator's sign-in; so do the local Okta's pages that show
 * or change its configuration. `guard` wraps them: anonymous GETs go to the sign-in page (and
 * come back after it), anything else without an administrator's session gets 403.
 */
export function adminAccess({ users, sessions }: { users: UserDirectory; sessions: AdminSessions }) {
  const guard =
    (handler: RouteHandler): RouteHandler =>
    (ctx, params) => {
      const admin = sessions.current(ctx);
      if (admin && !isCrossOrigin(ctx)) {
        ctx.state.admin = admin;
        return handler(ctx, params);
      }
      if (!admin && ctx.method === "GET") {
        ctx.status = 302;
        return ctx.redirect(`${ADMIN_SIGN_IN_PATH}?${new URLSearchParams({ returnTo: ctx.url })}`);
      }
      ctx.status = 403;
      ctx.type = "html";
      ctx.body = renderPage({ title: "Forbidden", nav: false, body: '<div class="card"><h1>403 Forbidden</h1><p>Sign in as an Okta administrator first.</p></div>' });
    };

  const show: RouteHandler = (ctx) => {
    ctx.type = "html";
    ctx.body = renderAdminSignIn(safeReturnTo(ctx.query.returnTo as string | undefined));
  };

  const submit: RouteHandler = async (ctx) => {
    if (isCrossOrigin(ctx)) return void (ctx.status = 403);
    const form = await readForm(ctx);
    const returnTo = safeReturnTo(form.get("returnTo"));
    const user = users.authenticate(form.get("username") ?? "", form.get("password") ?? "");
    if (!isOktaAdmin(user)) {
      ctx.status = 401;
      ctx.type = "html";
      // The same words for a wrong password and a user who is no administrator: nothing to enumerate.
      ctx.body = renderAdminSignIn(returnTo, "Unable to sign in: wrong username or password, or not an Okta administrator.");
      return;
    }
    sessions.start(ctx, user);
    ctx.status = 303;
    ctx.redirect(returnTo);
  };

  const signOut: RouteHandler = (ctx) => {
    if (isCrossOrigin(ctx)) return void (ctx.status = 403);
    sessions.end(ctx);
    ctx.status = 303;
    ctx.redirect(ADMIN_SIGN_IN_PATH);
  };

  const routes: [string, string, RouteHandler][] = [
    ["GET", ADMIN_SIGN_IN_PATH, show],
    ["POST", ADMIN_SIGN_IN_PATH, submit],
    ["POST", "/admin/sign-out", signOut],
  ];
  return { guard, routes };
}
