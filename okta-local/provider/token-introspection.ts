import type { Context } from "koa";
import { createLocalJWKSet, jwtVerify, type JWK, type JWTPayload } from "jose";
import type { Provider } from "oidc-provider";
import { ACCESS_TOKEN_AUDIENCE } from "@/okta/simulation/draft-tokens";
import type { StoredApp } from "../apps/app-types";
import { readForm, type RouteHandler } from "../http/router";
import type { RevokedTokens } from "../store/revoked-tokens";
import type { StateStore } from "../store/state-types";
import type { UserDirectory } from "../users";
import { oktaRefreshIdFor, type AuthorizeRecords } from "./authorize-records";
import { authenticateClient } from "./client-auth";

type Deps = { issuer: string; jwks: JWK[]; provider: Provider; state: StateStore; users: UserDirectory; records: AuthorizeRecords; revoked: RevokedTokens };

const looksLikeJwt = (token: string) => token.split(".").length === 3;

/**
 * `/v1/introspect` and `/v1/revoke` as Okta answers them, for every token it issues. oidc-provider
 * refuses JWT access tokens at both ("unsupported_token_type"); Okta introspects them (`active`
 * and their claims) and revokes them (200). So these routes take both endpoints before the
 * provider: JWTs (access and ID tokens) are checked here, refresh tokens through the provider's
 * model. A client sees only its own tokens; anything else is `{"active": false}`.
 */
export function tokenIntrospectionRoutes(deps: Deps): { introspect: RouteHandler; revoke: RouteHandler } {
  const keySet = createLocalJWKSet({ keys: deps.jwks });

  /** A JWT this server signed, unexpired, not revoked, and issued to `app` (as access token or ID token). */
  async function verifiedJwt(token: string, app: StoredApp): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer: deps.issuer, algorithms: ["RS256"] });
      const clientId = app.credentials.oauthClient.client_id;
      const isOwnAccessToken = payload.aud === ACCESS_TOKEN_AUDIENCE && payload.cid === clientId;
      const isOwnIdToken = payload.aud === clientId;
      if (!(isOwnAccessToken || isOwnIdToken) || deps.revoked.isRevoked(payload.jti)) return undefined;
      return payload;
    } catch {
      return undefined;
    }
  }

  async function ownRefreshToken(token: string, app: StoredApp) {
    const refresh = await deps.provider.RefreshToken.find(token).catch(() => undefined);
    return refresh?.isValid && refresh.clientId === app.credentials.oauthClient.client_id ? refresh : undefined;
  }

  async function readRequest(ctx: Context) {
    ctx.set("Cache-Control", "no-store");
    const form = await readForm(ctx);
    const app = authenticateClient(ctx, form, deps.state);
    const token = form.get("token");
    if (app && !token) {
      ctx.status = 400;
      ctx.body = { error: "invalid_request", error_description: "The token parameter is missing." };
      return undefined;
    }
    return app && token ? { app, token } : undefined;
  }

  const introspect: RouteHandler = async (ctx) => {
    const request = await readRequest(ctx);
    if (!request) return;
    const { app, token } = request;
    if (looksLikeJwt(token)) {
      const claims = await verifiedJwt(token, app);
      const scope = Array.isArray(claims?.scp) ? { scope: claims.scp.join(" ") } : {};
      // Okta's answer: the token's claims with `active`, `scope`, `username`, `client_id` and `token_type`.
      ctx.body = claims
        ? { active: true, ...scope, username: claims.sub, ...claims, client_id: claims.cid ?? claims.aud, token_type: "Bearer" }
        : { active: false };
      return;
    }
    const refresh = await ownRefreshToken(token, app);
    const user = refresh?.accountId ? deps.users.findById(refresh.accountId) : undefined;
    ctx.body =
      refresh && user
        ? {
            active: true,
            token_type: "Bearer",
            scope: refresh.scope,
            client_id: refresh.clientId,
            username: user.login,
            exp: refresh.exp,
            iat: refresh.iat,
            sub: user.login,
            aud: ACCESS_TOKEN_AUDIENCE,
            iss: deps.issuer,
            jti: deps.records.forRefreshToken(refresh.jti)?.oktaRefreshId ?? oktaRefreshIdFor(refresh.jti),
            uid: user.id,
          }
        : { active: false };
  };

  const revoke: RouteHandler = async (ctx) => {
    const request = await readRequest(ctx);
    if (!request) return;
    const { app, token } = request;
    if (looksLikeJwt(token)) {
      const claims = await verifiedJwt(token, app);
      if (claims?.aud === ACCESS_TOKEN_AUDIENCE && typeof claims.jti === "string") deps.revoked.revoke(claims.jti, claims.exp ?? 0);
    } else {
      await (await ownRefreshToken(token, app))?.destroy();
    }
    // RFC 7009 §2.2: 200 whether or not the token was valid.
    ctx.status = 200;
    ctx.body = "";
  };

  return { introspect, revoke };
}
