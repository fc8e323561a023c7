import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "koa";
import { findActiveApp } from "../apps/app-clients";
import type { StoredApp } from "../apps/app-types";
import type { StateStore } from "../store/state-types";

// Okta's answer to any failed client authentication (OIDC & OAuth 2.0 API reference).
const INVALID_CLIENT = "Client authentication failed. Either the client or the client credentials are invalid.";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** RFC 6749 §2.3.1: the Basic credentials are form-urlencoded before base64. */
function basicCredentials(header: string): { id: string; secret: string } | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  if (!encoded) return undefined;
  const text = Buffer.from(encoded, "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 0) return undefined;
  const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, " "));
  return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) };
}

/**
 * The app calling `/v1/introspect` or `/v1/revoke`: its secret (Basic or in the form, as
 * oidc-provider takes either at `/v1/token`) for confidential apps, `client_id` alone for public
 * ones. Undefined once Okta's 401 `invalid_client` is sent.
 */
export function authenticateClient(ctx: Context, form: URLSearchParams, state: StateStore): StoredApp | undefined {
  const basic = basicCredentials(ctx.get("Authorization"));
  const id = basic?.id ?? form.get("client_id") ?? "";
  const secret = basic?.secret ?? form.get("client_secret") ?? undefined;
  const app = findActiveApp(state, id);
  const expected = app?.credentials.oauthClient.client_secret;
  const isPublic = app?.credentials.oauthClient.token_endpoint_auth_method === "none";
  const secretMatches = expected !== undefined && secret !== undefined && timingSafeEqual(digest(secret), digest(expected));
  if (app && (isPublic ? secret === undefined : secretMatches)) return app;
  ctx.status = 401;
  ctx.set("WWW-Authenticate", 'Basic realm="oauth2"');
  ctx.body = { error: "invalid_client", error_description: INVALID_CLIENT };
  return undefined;
}
