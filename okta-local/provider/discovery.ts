import type { KoaContextWithOIDC } from "oidc-provider";
import type { StateStore } from "../store/state-types";
import { findDefaultServer } from "../store/state-store";

// The claims the local Okta really puts in its tokens and userinfo (provider/userinfo-claims.ts,
// okta/simulation/draft-tokens.ts), in the order of Okta's metadata; custom claims follow.
const TOKEN_CLAIMS = ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "sub", "auth_time", "amr", "idp", "nonce", "at_hash"];
const PROFILE_CLAIMS = ["name", "preferred_username", "given_name", "family_name", "locale", "zoneinfo", "updated_at", "email", "email_verified"];
// Apps register only these (apps/app-schema.ts), so the metadata names no other.
const CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"];

/**
 * The server's metadata (both well-known documents) says what this server supports, as Okta's
 * does: its published scopes (`metadataPublish: ALL_CLIENTS`) and claims, Okta's token claims
 * (`cid`, `uid`, `scp`) included; not oidc-provider's defaults (`sid`, JWT client authentication).
 */
export function oktaDiscovery(state: StateStore) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => {
    await next();
    if (ctx.oidc?.route !== "discovery" || ctx.status !== 200 || typeof ctx.body !== "object" || ctx.body === null) return;
    const server = findDefaultServer(state);
    const custom = (server?.claims ?? []).filter((claim) => claim.status === "ACTIVE").map((claim) => claim.name);
    const body = ctx.body as Record<string, unknown>;
    for (const key of ["token_endpoint_auth_signing_alg_values_supported", "introspection_endpoint_auth_signing_alg_values_supported", "revocation_endpoint_auth_signing_alg_values_supported"]) {
      delete body[key];
    }
    Object.assign(body, {
      scopes_supported: (server?.scopes ?? []).filter((scope) => scope.metadataPublish === "ALL_CLIENTS").map((scope) => scope.name),
      claims_supported: [...new Set([...TOKEN_CLAIMS, ...PROFILE_CLAIMS, ...custom])],
      token_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
      introspection_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
      revocation_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    });
  };
}
