import type { OktaAdmin, PolicyBody, RuleBody } from "../okta-admin";

/** A custom scope of an authorization server (Okta's Authorization Server Scopes API). */
export type ScopeBody = { name: string; description: string; consent: "IMPLICIT"; metadataPublish: "NO_CLIENTS"; default: false };

/** An OIDC service app: client credentials only, a client secret (Okta's Apps API). */
export type ServiceAppBody = {
  name: "oidc_client";
  label: string;
  signOnMode: "OPENID_CONNECT";
  credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_basic" } };
  settings: { oauthClient: { grant_types: ["client_credentials"]; response_types: ["token"]; application_type: "service" } };
};

export type AppView = { id: string; label: string; status: string; clientId: string; applicationType: string; grantTypes: string[] };

/** What `okta:setup --api-client` needs from Okta's Management API, beside the policies okta:setup already reads. */
export type ApiClientAdmin = Pick<OktaAdmin, "getAuthorizationServer" | "listPolicies" | "listRules" | "createPolicy" | "createRule" | "replaceRule"> & {
  listScopes(authServerId: string): Promise<string[]>;
  createScope(authServerId: string, body: ScopeBody): Promise<void>;
  listApps(label: string): Promise<AppView[]>;
  /** The new app's client ID and its secret (Okta shows the secret on creation). */
  createServiceApp(body: ServiceAppBody): Promise<{ clientId: string; clientSecret?: string }>;
};

export type { PolicyBody, RuleBody };
