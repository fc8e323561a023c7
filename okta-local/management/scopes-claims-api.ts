import type { Context } from "koa";
import type { z } from "zod";
import { newOktaId } from "@/okta/simulation/okta-ids";
import type { RouteHandler } from "../http/router";
import type { AuthorizationServerState } from "../store/authorization-server-state";
import type { StoredClaim, StoredScope } from "../store/scopes-and-claims";
import type { StateStore } from "../store/state-types";
import { apiGuard, type ApiTokens } from "./api-auth";
import { notFound, validationFailed } from "./okta-errors";
import { readJsonBody } from "./read-json-body";
import { claimFromInput, claimInputSchema, scopeFromInput, scopeInputSchema, toApiClaim, toApiScope } from "./scope-claim-schema";

type Deps = { state: StateStore; orgUrl: string; tokens: ApiTokens };
type Item = { id: string; name: string; system: boolean };

type Collection<T extends Item, S extends z.ZodType> = {
  /** The path segment and Okta's resource type name in not-found errors. */
  segment: "scopes" | "claims";
  type: string;
  schema: S;
  items(server: AuthorizationServerState): T[];
  build(input: z.output<S>, existing: T | undefined): T;
  show(item: T, serverUrl: string): unknown;
};

const BASE = "/api/v1/authorizationServers";

/**
 * list, create, get, replace, delete for one of a server's collections, with Okta's errors:
 * E0000007 for an unknown server or item, E0000001 for a duplicate name or a change to a system
 * item (Okta's own OpenID scopes).
 */
function collectionRoutes<T extends Item, S extends z.ZodType>({ state, orgUrl, tokens }: Deps, collection: Collection<T, S>): [string, string, RouteHandler][] {
  const guard = apiGuard(tokens);
  const serverUrl = (asId: string) => `${orgUrl}${BASE}/${asId}`;
  const findServer = (ctx: Context, asId: string) => {
    const server = state.read().authorizationServers.find((candidate) => candidate.id === asId);
    if (!server) notFound(ctx, asId, "AuthorizationServer");
    return server;
  };
  const findItem = (ctx: Context, asId: string, id: string) => {
    const server = findServer(ctx, asId);
    const item = server && collection.items(server).find((candidate) => candidate.id === id);
    if (server && !item) notFound(ctx, id, collection.type);
    return item;
  };
  const refuse = (ctx: Context, server: AuthorizationServerState, name: string, self: T | undefined) => {
    const problems = [
      ...(self?.system ? [`system: Okta's system ${collection.segment} cannot be changed or deleted`] : []),
      ...(collection.items(server).some((item) => item.name === name && item.id !== self?.id) ? ["name: An object with this field already exists in the current organization"] : []),
    ];
    if (problems.length > 0) validationFailed(ctx, problems);
    return problems.length > 0;
  };
  const write = (asId: string, change: (items: T[]) => T[]) =>
    state.update((draft) => {
      const server = draft.authorizationServers.find((candidate) => candidate.id === asId);
      if (server) Object.assign(server, { [collection.segment]: change(collection.items(server)) });
    });

  const list: RouteHandler = (ctx, { asId = "" }) => {
    const server = findServer(ctx, asId);
    // Okta's `q`: a name prefix.
    const q = typeof ctx.query.q === "string" ? ctx.query.q : "";
    if (server) ctx.body = collection.items(server).filter((item) => item.name.startsWith(q)).map((item) => collection.show(item, serverUrl(asId)));
  };
  const get: RouteHandler = (ctx, { asId = "", id = "" }) => {
    const item = findItem(ctx, asId, id);
    if (item) ctx.body = collection.show(item, serverUrl(asId));
  };
  const create: RouteHandler = async (ctx, { asId = "" }) => {
    const server = findServer(ctx, asId);
    const input = server && (await readJsonBody(ctx, collection.schema));
    if (!server || !input) return;
    const item = collection.build(input, undefined);
    if (refuse(ctx, server, item.name, undefined)) return;
    write(asId, (items) => [...items, item]);
    ctx.status = 201;
    ctx.body = collection.show(item, serverUrl(asId));
  };
  const replace: RouteHandler = async (ctx, { asId = "", id = "" }) => {
    const existing = findItem(ctx, asId, id);
    const input = existing && (await readJsonBody(ctx, collection.schema));
    const server = state.read().authorizationServers.find((candidate) => candidate.id === asId);
    if (!existing || !input || !server) return;
    const item = { ...collection.build(input, existing), id: existing.id };
    if (refuse(ctx, server, item.name, existing)) return;
    write(asId, (items) => items.map((candidate) => (candidate.id === id ? item : candidate)));
    ctx.body = collection.show(item, serverUrl(asId));
  };
  const remove: RouteHandler = (ctx, { asId = "", id = "" }) => {
    const existing = findItem(ctx, asId, id);
    const server = state.read().authorizationServers.find((candidate) => candidate.id === asId);
    if (!existing || !server || refuse(ctx, server, existing.name, existing)) return;
    write(asId, (items) => items.filter((candidate) => candidate.id !== id));
    ctx.status = 204;
  };

  const path = `${BASE}/:asId/${collection.segment}`;
  return [
    ["GET", path, guard(list)],
    ["POST", path, guard(create)],
    ["GET", `${path}/:id`, guard(get)],
    ["PUT", `${path}/:id`, guard(replace)],
    ["DELETE", `${path}/:id`, guard(remove)],
  ];
}

/**
 * Okta's Authorization Server Scopes and Claims APIs. The scopes decide what a client may request
 * (provider/check-scopes.ts: `invalid_scope` otherwise); the claims are added to the tokens
 * (provider/evaluate-claims.ts).
 */
export function scopeAndClaimRoutes(deps: Deps): [string, string, RouteHandler][] {
  return [
    ...collectionRoutes<StoredScope, typeof scopeInputSchema>(deps, {
      segment: "scopes",
      type: "OAuth2Scope",
      schema: scopeInputSchema,
      items: (server) => server.scopes,
      build: (input) => scopeFromInput(input),
      show: toApiScope,
    }),
    ...collectionRoutes<StoredClaim, typeof claimInputSchema>(deps, {
      segment: "claims",
      type: "OAuth2Claim",
      schema: claimInputSchema,
      items: (server) => server.claims,
      build: (input, existing) => claimFromInput(input, existing?.id ?? newOktaId("ocl")),
      show: toApiClaim,
    }),
  ];
}
