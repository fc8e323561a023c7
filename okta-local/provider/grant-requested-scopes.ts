import type { Grant, KoaContextWithOIDC, Provider } from "oidc-provider";
import { ACCESS_TOKEN_AUDIENCE } from "@/okta/simulation/draft-tokens";

/**
 * Okta asks no consent for its own apps: every requested scope is granted, both as an OpenID
 * scope and as an `api://default` scope (the access token's audience).
 */
export async function grantRequestedScopes(
  provider: Provider,
  { grantId, accountId, clientId, scope }: { grantId?: string; accountId: string; clientId: string; scope: string },
): Promise<Grant> {
  const grant = (grantId && (await provider.Grant.find(grantId))) || new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(scope);
  grant.addResourceScope(ACCESS_TOKEN_AUDIENCE, scope);
  await grant.save();
  return grant;
}

/**
 * Okta issues refresh tokens for `offline_access` without `prompt=consent`; oidc-provider, per
 * OIDC Core §11, drops `offline_access` unless the request carries `prompt=consent`. So an
 * authorize request asking for offline_access without a prompt gets `prompt=consent` added,
 * and the consent step is then granted at once by the sign-in page (see pages/sign-in.ts).
 * Runs after authorize-records.ts has captured the request exactly as the client sent it.
 */
export async function keepOfflineAccess(ctx: KoaContextWithOIDC, next: () => Promise<unknown>) {
  if (ctx.method === "GET" && ctx.path === "/v1/authorize") {
    const query = new URLSearchParams(ctx.querystring);
    if (query.get("scope")?.split(" ").includes("offline_access") && !query.has("prompt")) {
      query.set("prompt", "consent");
      ctx.querystring = query.toString();
      // oidc-provider derives its mount path from originalUrl, so keep the two in step.
      const req = ctx.req as { originalUrl?: string };
      if (req.originalUrl) req.originalUrl = req.originalUrl.replace(/\?.*$/, `?${ctx.querystring}`);
    }
  }
  await next();
}
