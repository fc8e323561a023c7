import { errors, type KoaContextWithOIDC } from "oidc-provider";
import { ID_TOKEN_LIFETIME_SECONDS, type MintContext } from "@/okta/simulation/mint-context";
import { newRequestId } from "@/okta/simulation/okta-ids";
import type { AuthorizationServerState } from "../store/authorization-server-state";
import { matchPolicyRule, type MatchedRule, type TokenRequestFacts } from "../store/match-policy-rule";
import { findDefaultServer } from "../store/state-store";
import type { StateStore } from "../store/state-types";
import { clientIp } from "./authorize-records";
import { clientCredentialsScopes } from "./check-scopes";
import { evaluateClaims } from "./evaluate-claims";

/**
 * docs/okta-token-hook.md §1: the rule that matches decides which hook is called and is reported
 * in data.context.policy. Okta's answer when no rule matches (error text as Okta shows it; where
 * it answers for the code flow is inferred).
 */
export function matchRuleOrRefuse(server: AuthorizationServerState | undefined, facts: TokenRequestFacts): MatchedRule {
  const matched = matchPolicyRule(server, facts);
  if (!matched) throw new errors.AccessDenied("Policy evaluation failed for this request, please check the policy configurations.");
  return matched;
}

/** The access token lifetime the matching rule sets. */
export const accessLifetime = (matched: MatchedRule): number => matched.rule.actions.token.accessTokenLifetimeMinutes * 60;

/**
 * A client-credentials token request as Okta sees it: a confidential app acting for itself, no
 * user, session or ID token. Its scopes must be defined, not OpenID scopes, and allowed by a
 * rule for this client and grant: that rule grants custom scopes such as `patients.read` to a
 * service app (okta-local/README.md "Service apps"). The hook is called at /v1/token with no
 * `user`, `session` or `identity` (docs/okta-token-hook.md §1: inferred, no capture exists).
 */
export function readClientCredentialsContext(ctx: KoaContextWithOIDC, deps: { issuer: string; orgUrl: string; state: StateStore }): MintContext {
  const { entities, params } = ctx.oidc;
  const { Client: client, ClientCredentials: token } = entities;
  if (!client || !token) throw new Error("not a client credentials request");
  const server = findDefaultServer(deps.state);
  const scopes = clientCredentialsScopes(server, params?.scope);
  const matched = matchRuleOrRefuse(server, { clientId: client.clientId, grantType: "client_credentials", scopes });
  // The token's scope is what the response reports and the token's `scp` lists.
  token.scope = scopes.join(" ");
  return {
    issuer: deps.issuer,
    orgUrl: deps.orgUrl,
    now: new Date(),
    trigger: { endpoint: "token", requestId: newRequestId(), method: ctx.method, url: `${deps.issuer}/v1/token`, ipAddress: clientIp(ctx.ip) },
    protocolRequest: { client_id: client.clientId, grant_type: "client_credentials", ...(typeof params?.scope === "string" ? { scope: params.scope } : {}) },
    client: { id: client.clientId, name: String(client.clientName ?? client.clientId), type: "CONFIDENTIAL" },
    policy: { id: matched.policy.id, rule: { id: matched.rule.id } },
    scopes,
    customClaims: evaluateClaims(server?.claims ?? [], { clientId: client.clientId, scopes }),
    lifetimes: { identity: ID_TOKEN_LIFETIME_SECONDS, access: accessLifetime(matched) },
  };
}
