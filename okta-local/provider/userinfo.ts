import { createLocalJWKSet, jwtVerify, type JWK } from "jose";
import { ACCESS_TOKEN_AUDIENCE } from "@/okta/simulation/draft-tokens";
import { userInfoClaims } from "./userinfo-claims";
import { readForm, type RouteHandler } from "../http/router";
import type { UserDirectory } from "../users";
import type { RevokedTokens } from "../store/revoked-tokens";
import type { StateStore } from "../store/state-types";
import { evaluateClaims } from "./evaluate-claims";
import { findDefaultServer } from "../store/state-store";

// Okta's wording for the two failures (OIDC reference, /userinfo).
const INVALID_TOKEN = 'Bearer error="invalid_token", error_description="The access token is invalid"';
const INSUFFICIENT_SCOPE =
  'Bearer error="insufficient_scope", error_description="The access token must provide access to at least one of these scopes - profile, email, address or phone"';

/**
 * `/oauth2/default/v1/userinfo`. Okta answers it for its own `api://default` access tokens;
 * oidc-provider refuses any access token that has an audience, so this route takes the request
 * before the provider sees it and checks the JWT itself (signature, issuer, audience, expiry, and
 * not revoked at /v1/revoke).
 */
export function userInfoRoute({ issuer, jwks, users, state, revoked }: { issuer: string; jwks: JWK[]; users: UserDirectory; state: StateStore; revoked: RevokedTokens }): RouteHandler {
  const keySet = createLocalJWKSet({ keys: jwks });
  return async (ctx) => {
    ctx.set("Cache-Control", "no-store");
    const header = ctx.get("Authorization");
    const fromHeader = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const fromBody = !header && ctx.method === "POST" ? ((await readForm(ctx)).get("access_token") ?? undefined) : undefined;
    const token = fromHeader ?? fromBody;
    const refuse = (status: number, challenge: string) => {
      ctx.status = status;
      ctx.set("WWW-Authenticate", challenge);
    };
    if (!token) return refuse(401, INVALID_TOKEN);
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer, audience: ACCESS_TOKEN_AUDIENCE, algorithms: ["RS256"] });
      const scopes = Array.isArray(payload.scp) ? payload.scp.map(String) : [];
      const user = typeof payload.uid === "string" ? users.findById(payload.uid) : undefined;
      if (!user || revoked.isRevoked(payload.jti)) return refuse(401, INVALID_TOKEN);
      if (!scopes.includes("openid")) return refuse(403, INSUFFICIENT_SCOPE);
      const claims = findDefaultServer(state)?.claims ?? [];
      ctx.body = userInfoClaims(user, scopes, evaluateClaims(claims, { user, clientId: String(payload.cid), scopes }).userinfo);
    } catch {
      return refuse(401, INVALID_TOKEN);
    }
  };
}
