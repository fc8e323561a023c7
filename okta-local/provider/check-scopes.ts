import { errors } from "oidc-provider";
import type { AuthorizationServerState } from "../store/authorization-server-state";

// Okta's error descriptions (OIDC & OAuth 2.0 API reference, error responses).
export const UNDEFINED_SCOPE = "One or more scopes are not configured for the authorization server resource.";
const NO_DEFAULT_SCOPES = "The authorization server resource does not have any configured default scopes, 'scope' must be provided.";
const OPENID_IN_CLIENT_CREDENTIALS = "Client Credentials requests cannot contain OpenID scopes.";

const splitScope = (scope: unknown): string[] => (typeof scope === "string" ? scope.split(" ").filter(Boolean) : []);

/** `invalid_scope` when a requested scope is not one of the server's scopes (Okta refuses, never drops, it). */
export function assertScopesDefined(server: AuthorizationServerState | undefined, requested: unknown): void {
  const defined = new Set(server?.scopes.map((scope) => scope.name));
  const unknown = splitScope(requested).filter((scope) => !defined.has(scope));
  if (unknown.length > 0) throw new errors.InvalidScope(UNDEFINED_SCOPE, unknown.join(" "));
}

/**
 * The scopes of a client-credentials request as Okta decides them: every one defined, none of
 * Okta's own OpenID scopes (there is no user), and the server's default scopes when none is named.
 */
export function clientCredentialsScopes(server: AuthorizationServerState | undefined, requested: unknown): string[] {
  assertScopesDefined(server, requested);
  const named = splitScope(requested);
  const system = new Set(server?.scopes.filter((scope) => scope.system).map((scope) => scope.name));
  if (named.some((scope) => system.has(scope))) throw new errors.InvalidScope(OPENID_IN_CLIENT_CREDENTIALS, named.join(" "));
  if (named.length > 0) return named;
  const defaults = server?.scopes.filter((scope) => scope.default).map((scope) => scope.name) ?? [];
  if (defaults.length === 0) throw new errors.InvalidScope(NO_DEFAULT_SCOPES, "");
  return defaults;
}
