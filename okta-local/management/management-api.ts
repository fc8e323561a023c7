import type { Context } from "koa";
import type { RouteHandler } from "../http/router";
import { newOktaId } from "@/okta/simulation/okta-ids";
import type { StateStore, StoredInlineHook } from "../store/state-types";
import type { SystemLog } from "../system-log";
import { apiGuard, type ApiTokens } from "./api-auth";
import { inlineHookInputSchema, inlineHookReplaceSchema, toApiInlineHook } from "./inline-hook-schema";
import { notFound, validationFailed } from "./okta-errors";
import { readJsonBody } from "./read-json-body";

type Deps = { state: StateStore; systemLog: SystemLog; orgUrl: string; tokens: ApiTokens };

/**
 * The Management API subset the tests and tools use (docs/okta-token-hook.md §4.3–§4.5), Okta's shapes and
 * errors, authenticated like Okta's with `Authorization: SSWS <API token>`.
 */
export function managementRoutes({ state, systemLog, orgUrl, tokens }: Deps): [string, string, RouteHandler][] {
  const guard = apiGuard(tokens);
  const show = (hook: StoredInlineHook) => toApiInlineHook(hook, orgUrl);
  const now = () => new Date().toISOString();

  /** Runs `change` on the stored hook `id`, answering 404 when there is none. */
  function withHook(ctx: Context, id: string, change: (hook: StoredInlineHook, all: StoredInlineHook[]) => void) {
    const found = state.update((draft) => {
      const hook = draft.inlineHooks.find((candidate) => candidate.id === id);
      if (hook) change(hook, draft.inlineHooks);
      return hook;
    });
    if (!found) notFound(ctx, id, "InlineHook");
    return found;
  }

  const list: RouteHandler = (ctx) => {
    const type = typeof ctx.query.type === "string" ? ctx.query.type : undefined;
    ctx.body = state.read().inlineHooks.filter((hook) => !type || hook.type === type).map(show);
  };

  const create: RouteHandler = async (ctx) => {
    const input = await readJsonBody(ctx, inlineHookInputSchema);
    if (!input) return;
    const { authScheme } = input.channel.config;
    if (authScheme && authScheme.value === undefined) return validationFailed(ctx, ["channel.config.authScheme.value: Required"]);
    const created = now();
    const hook: StoredInlineHook = {
      id: newOktaId("cal"),
      status: "ACTIVE", // Okta registers new inline hooks as ACTIVE.
      ...input,
      channel: { ...input.channel, config: { ...input.channel.config, authScheme: authScheme && { ...authScheme, value: authScheme.value ?? "" } } },
      created,
      lastUpdated: created,
      activatedAt: created,
    };
    state.update((draft) => void draft.inlineHooks.push(hook));
    ctx.body = show(hook);
  };

  const get: RouteHandler = (ctx, { id = "" }) => {
    const hook = state.read().inlineHooks.find((candidate) => candidate.id === id);
    if (!hook) return notFound(ctx, id, "InlineHook");
    ctx.body = show(hook);
  };

  const replace: RouteHandler = async (ctx, { id = "" }) => {
    const input = await readJsonBody(ctx, inlineHookReplaceSchema);
    if (!input) return;
    const existing = state.read().inlineHooks.find((candidate) => candidate.id === id);
    if (!existing) return notFound(ctx, id, "InlineHook");
    if (input.type !== undefined && existing.type !== input.type) return validationFailed(ctx, ["type: Immutable after inline hook creation"]);
    const { authScheme } = input.channel.config;
    const previous = existing.channel.config.authScheme;
    // The secret is write-only, so a read-modify-write PUT omits it: keep it when the header and the
    // URI stay the same. A new URI must come with the secret again, or whoever may edit the hook
    // could point it at their own server and have the next call deliver the secret there.
    const sameTarget = previous?.key === authScheme?.key && existing.channel.config.uri === input.channel.config.uri;
    const value = authScheme?.value ?? (sameTarget ? previous?.value : undefined);
    if (authScheme && value === undefined) {
      const why = sameTarget ? "Required" : "Required when channel.config.uri or authScheme.key changes";
      return validationFailed(ctx, [`channel.config.authScheme.value: ${why}`]);
    }
    const updated = withHook(ctx, id, (hook) => {
      Object.assign(hook, { name: input.name, version: input.version, lastUpdated: now() });
      hook.channel = { ...input.channel, config: { ...input.channel.config, authScheme: authScheme && { ...authScheme, value: value ?? "" } } };
    });
    if (updated) ctx.body = show(updated);
  };

  const remove: RouteHandler = (ctx, { id = "" }) => {
    const hook = state.read().inlineHooks.find((candidate) => candidate.id === id);
    if (!hook) return notFound(ctx, id, "InlineHook");
    // Okta deletes only INACTIVE inline hooks ("as a safety precaution").
    if (hook.status !== "INACTIVE") return validationFailed(ctx, ["status: Only INACTIVE inline hooks can be deleted"]);
    state.update((draft) => void (draft.inlineHooks = draft.inlineHooks.filter((candidate) => candidate.id !== id)));
    ctx.status = 204;
  };

  const lifecycle =
    (status: StoredInlineHook["status"]): RouteHandler =>
    (ctx, { id = "" }) => {
      const updated = withHook(ctx, id, (hook) => {
        const changed = now();
        if (status === "ACTIVE" && hook.status !== "ACTIVE") hook.activatedAt = changed;
        Object.assign(hook, { status, lastUpdated: changed });
      });
      if (updated) ctx.body = show(updated);
    };

  const logs: RouteHandler = (ctx) => {
    const limit = Number(ctx.query.limit);
    ctx.body = systemLog.list(Number.isInteger(limit) && limit > 0 ? limit : undefined);
  };

  return [
    ["GET", "/api/v1/inlineHooks", guard(list)],
    ["POST", "/api/v1/inlineHooks", guard(create)],
    ["GET", "/api/v1/inlineHooks/:id", guard(get)],
    ["PUT", "/api/v1/inlineHooks/:id", guard(replace)],
    ["DELETE", "/api/v1/inlineHooks/:id", guard(remove)],
    ["POST", "/api/v1/inlineHooks/:id/lifecycle/activate", guard(lifecycle("ACTIVE"))],
    ["POST", "/api/v1/inlineHooks/:id/lifecycle/deactivate", guard(lifecycle("INACTIVE"))],
    ["GET", "/api/v1/logs", guard(logs)],
  ];
}
