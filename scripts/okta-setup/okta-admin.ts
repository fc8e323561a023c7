/**
 * What okta:setup needs from Okta's Management API, in plain data: the plan is computed from
 * these views (plan-setup.ts) and carried out through these calls (execute-plan.ts). One
 * implementation talks to Okta through @okta/okta-sdk-nodejs (sdk-okta-admin.ts); tests wrap it.
 */

/** An inline hook registration (docs/okta-token-hook.md §4.3); the secret is write-only and never read back. */
export type HookBody = {
  name: string;
  type: "com.okta.oauth2.tokens.transform";
  version: "1.0.0";
  channel: {
    type: "HTTP";
    version: "1.0.0";
    config: {
      uri: string;
      method: "POST";
      headers: { key: string; value: string }[];
      authScheme: { type: "HEADER"; key: string; value: string };
    };
  };
};

export type InlineHookView = {
  id: string;
  name: string;
  status: string;
  version: string;
  channelType: string;
  uri: string;
  method: string;
  headers: { key: string; value: string }[];
  /** `channel.config.authScheme` without its value; Okta may return key and type in lower case. */
  authScheme?: { type: string; key: string };
};

export type PolicyBody = {
  type: "OAUTH_AUTHORIZATION_POLICY";
  name: string;
  description: string;
  priority: number;
  status: "ACTIVE";
  conditions: { clients: { include: string[] } };
};

export type PolicyView = { id: string; name: string; status: string; priority: number; clients: string[] };

export type RuleBody = {
  type: "RESOURCE_ACCESS";
  name: string;
  priority: number;
  status: "ACTIVE" | "INACTIVE";
  conditions: {
    // Okta's current API (and so the SDK) models `include` only for people.
    people: { users: { include: string[] }; groups: { include: string[] } };
    grantTypes: { include: string[] };
    scopes: { include: string[] };
  };
  actions: {
    token: {
      accessTokenLifetimeMinutes: number;
      refreshTokenLifetimeMinutes: number;
      refreshTokenWindowMinutes: number;
      inlineHook?: { id: string };
    };
  };
};

export type RuleView = { id: string; body: RuleBody };

export type OktaAdmin = {
  getAuthorizationServer(authServerId: string): Promise<{ id: string; name: string }>;
  listTokenHooks(): Promise<InlineHookView[]>;
  listPolicies(authServerId: string): Promise<PolicyView[]>;
  listRules(authServerId: string, policyId: string): Promise<RuleView[]>;
  createInlineHook(body: HookBody): Promise<{ id: string }>;
  replaceInlineHook(hookId: string, body: HookBody): Promise<void>;
  activateInlineHook(hookId: string): Promise<void>;
  createPolicy(authServerId: string, body: PolicyBody): Promise<{ id: string }>;
  createRule(authServerId: string, policyId: string, body: RuleBody): Promise<{ id: string }>;
  replaceRule(authServerId: string, policyId: string, ruleId: string, body: RuleBody): Promise<void>;
};

/** The calls that change the org: a second, idempotent run makes none of them. */
export const WRITE_CALLS = [
  "createInlineHook",
  "replaceInlineHook",
  "activateInlineHook",
  "createPolicy",
  "createRule",
  "replaceRule",
] as const satisfies readonly (keyof OktaAdmin)[];
