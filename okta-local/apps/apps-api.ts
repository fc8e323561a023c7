import type { Context } from "koa";
import type { RouteHandler } from "../http/router";
import { apiGuard, type ApiTokens } from "../management/api-auth";
import { notFound, sendOktaError, validationFailed } from "../management/okta-errors";
import { readJsonBody } from "../management/read-json-body";
import type { LocalOktaState, StateStore } from "../store/state-types";
import { appInputProblems, appInputSchema, buildApp, toApiApp, type AppInput } from "./app-schema";
import type { StoredApp } from "./app-types";

type Deps = { state: StateStore; orgUrl: string; tokens: ApiTokens };

const BASE = "/api/v1/apps";

/**
 * Okta's Apps API for OIDC apps: list, create, get, replace, delete, activate, deactivate
 * (okta-local/README.md "Apps"). Apps live in state.json; the provider reads its clients from
 * there (apps/app-clients.ts), so an app is usable as soon as the API answers.
 */
export function appRoutes({ state, orgUrl, tokens }: Deps): [string, string, RouteHandler][] {
  const guard = apiGuard(tokens);
  const show = (app: StoredApp) => toApiApp(app, orgUrl);
  const now = () => new Date().toISOString();
  const find = (draft: LocalOktaState, id: string) => draft.apps.find((app) => app.id === id);

  /** Okta's E0000001 for an input that breaks a rule, or a client id another app has. */
  function refuse(ctx: Context, input: AppInput, self: StoredApp | undefined): boolean {
    const problems = appInputProblems(input);
    const clientId = input.credentials.oauthClient.client_id;
    if (self && clientId !== undefined && clientId !== self.credentials.oauthClient.client_id) {
      problems.push("credentials.oauthClient.client_id: cannot be changed");
    }
    const taken = state.read().apps.some((app) => app.id !== self?.id && app.credentials.oauthClient.client_id === clientId);
    if (!self && clientId !== undefined && taken) problems.push("credentials.oauthClient.client_id: An object with this field already exists in the current organization");
    if (problems.length > 0) validationFailed(ctx, problems);
    return problems.length > 0;
  }

  const list: RouteHandler = (ctx) => {
    const q = typeof ctx.query.q === "string" ? ctx.query.q.toLowerCase() : undefined;
    const limit = Number(ctx.query.limit);
    const apps = state.read().apps.filter((app) => !q || app.label.toLowerCase().startsWith(q) || app.name.startsWith(q));
    ctx.body = apps.slice(0, Number.isInteger(limit) && limit > 0 ? limit : undefined).map(show);
  };

  const create: RouteHandler = async (ctx) => {
    const input = await readJsonBody(ctx, appInputSchema);
    if (!input || refuse(ctx, input, undefined)) return;
    // Okta: `?activate=false` creates the app INACTIVE.
    const app = { ...buildApp(input, undefined, now()), ...(ctx.query.activate === "false" ? { status: "INACTIVE" as const } : {}) };
    state.update((draft) => void draft.apps.push(app));
    ctx.body = show(app);
  };

  const get: RouteHandler = (ctx, { id = "" }) => {
    const app = find(state.read(), id);
    if (!app) return notFound(ctx, id, "Application");
    ctx.body = show(app);
  };

  const replace: RouteHandler = async (ctx, { id = "" }) => {
    const existing = find(state.read(), id);
    if (!existing) return notFound(ctx, id, "Application");
    const input = await readJsonBody(ctx, appInputSchema);
    if (!input || refuse(ctx, input, existing)) return;
    const app = buildApp(input, existing, now());
    state.update((draft) => void (draft.apps = draft.apps.map((candidate) => (candidate.id === id ? app : candidate))));
    ctx.body = show(app);
  };

  const remove: RouteHandler = (ctx, { id = "" }) => {
    const app = find(state.read(), id);
    if (!app) return notFound(ctx, id, "Application");
    // Okta deletes only deactivated apps.
    if (app.status !== "INACTIVE") return sendOktaError(ctx, 403, "E0000056", "Delete application forbidden.", ["status: deactivate the application first"]);
    state.update((draft) => void (draft.apps = draft.apps.filter((candidate) => candidate.id !== id)));
    ctx.status = 204;
  };

  const lifecycle =
    (status: StoredApp["status"]): RouteHandler =>
    (ctx, { id = "" }) => {
      const found = state.update((draft) => {
        const app = find(draft, id);
        if (app && app.status !== status) Object.assign(app, { status, lastUpdated: now() });
        return app;
      });
      if (!found) return notFound(ctx, id, "Application");
      ctx.body = {};
    };

  return [
    ["GET", BASE, guard(list)],
    ["POST", BASE, guard(create)],
    ["GET", `${BASE}/:id`, guard(get)],
    ["PUT", `${BASE}/:id`, guard(replace)],
    ["DELETE", `${BASE}/:id`, guard(remove)],
    ["POST", `${BASE}/:id/lifecycle/activate`, guard(lifecycle("ACTIVE"))],
    ["POST", `${BASE}/:id/lifecycle/deactivate`, guard(lifecycle("INACTIVE"))],
  ];
}
