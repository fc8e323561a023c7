import type { PolicyView, RuleView } from "../okta-admin";
import type { AppView, PolicyBody, RuleBody, ScopeBody, ServiceAppBody } from "./api-client-admin";

export const API_CLIENT_SCOPES = ["patients.read", "patients.write"] as const;
const SCOPE_TEXT: Record<(typeof API_CLIENT_SCOPES)[number], string> = {
  "patients.read": "Read the Patient Claims patient directory",
  "patients.write": "Create, change and delete patients in the Patient Claims directory",
};
const GRANT = "client_credentials";

export type ApiClientDesired = { authServerId: string; appLabel: string; policyName: string };
export type ApiClientCurrent = { scopes: string[]; apps: AppView[]; policies: (PolicyView & { rules: RuleView[] })[] };

/** The client ID of an app created by an earlier step (execution fills it in). */
export const NEW_CLIENT_ID = "<client id of the new app>";
export const NEW_API_POLICY_ID = "<id of the new policy>";

export type ApiClientStep = { why: string } & (
  | { kind: "createScope"; authServerId: string; body: ScopeBody }
  | { kind: "createServiceApp"; body: ServiceAppBody }
  | { kind: "createPolicy"; authServerId: string; body: PolicyBody }
  | { kind: "createRule"; authServerId: string; policyId: string; body: RuleBody }
  | { kind: "replaceRule"; authServerId: string; policyId: string; ruleId: string; body: RuleBody }
);

export type ApiClientPlan = { clientId: string; steps: ApiClientStep[]; unchanged: string[] };

export function ruleBody(name: string, priority = 1): RuleBody {
  return {
    type: "RESOURCE_ACCESS",
    name,
    priority,
    status: "ACTIVE",
    conditions: { people: { users: { include: [] }, groups: { include: ["EVERYONE"] } }, grantTypes: { include: [GRANT] }, scopes: { include: [...API_CLIENT_SCOPES] } },
    actions: { token: { accessTokenLifetimeMinutes: 60, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080 } },
  };
}

const grantsScopes = (rule: RuleView) =>
  rule.body.status === "ACTIVE" &&
  rule.body.conditions.grantTypes.include.includes(GRANT) &&
  API_CLIENT_SCOPES.every((scope) => rule.body.conditions.scopes.include.includes(scope) || rule.body.conditions.scopes.include.includes("*"));

/**
 * What `okta:setup --api-client <label>` must do so that the service app `<label>` gets tokens
 * with patients.read and patients.write by client credentials: the two scopes on the server, the
 * app (client credentials only), and a policy for that client alone whose rule grants them.
 */
export function planApiClient(current: ApiClientCurrent, desired: ApiClientDesired): ApiClientPlan {
  const { authServerId } = desired;
  const steps: ApiClientStep[] = [];
  const unchanged: string[] = [];
  for (const scope of API_CLIENT_SCOPES) {
    if (current.scopes.includes(scope)) unchanged.push(`scope ${scope} exists`);
    else steps.push({ kind: "createScope", authServerId, body: { name: scope, description: SCOPE_TEXT[scope], consent: "IMPLICIT", metadataPublish: "NO_CLIENTS", default: false }, why: `add scope ${scope} to authorization server ${authServerId}` });
  }
  const app = current.apps.find((candidate) => candidate.label === desired.appLabel && candidate.status === "ACTIVE" && candidate.grantTypes.includes(GRANT));
  let clientId = NEW_CLIENT_ID;
  if (app) {
    clientId = app.clientId;
    unchanged.push(`app "${app.label}" (client ID ${app.clientId}) exists`);
  } else {
    const body: ServiceAppBody = {
      name: "oidc_client",
      label: desired.appLabel,
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_basic" } },
      settings: { oauthClient: { grant_types: [GRANT], response_types: ["token"], application_type: "service" } },
    };
    steps.push({ kind: "createServiceApp", body, why: `create service app "${desired.appLabel}" (client credentials)` });
  }
  const policy = current.policies.find((candidate) => candidate.status === "ACTIVE" && candidate.clients.includes(clientId) && candidate.name === desired.policyName);
  if (!policy) {
    const body: PolicyBody = {
      type: "OAUTH_AUTHORIZATION_POLICY",
      name: desired.policyName,
      description: "Created by npm run okta:setup -- --api-client: the patient directory API's scopes for this service app.",
      priority: 1,
      status: "ACTIVE",
      conditions: { clients: { include: [clientId] } },
    };
    steps.push({ kind: "createPolicy", authServerId, body, why: `create access policy "${desired.policyName}" for the app` });
    steps.push({ kind: "createRule", authServerId, policyId: NEW_API_POLICY_ID, body: ruleBody(desired.policyName), why: `create a rule granting ${API_CLIENT_SCOPES.join(" and ")} by client credentials` });
    return { clientId, steps, unchanged };
  }
  const granting = policy.rules.find(grantsScopes);
  if (granting) {
    unchanged.push(`rule "${granting.body.name}" of policy "${policy.name}" grants ${API_CLIENT_SCOPES.join(" and ")} by client credentials`);
    return { clientId, steps, unchanged };
  }
  const ours = policy.rules.find((rule) => rule.body.name === desired.policyName);
  if (ours) steps.push({ kind: "replaceRule", authServerId, policyId: policy.id, ruleId: ours.id, body: ruleBody(desired.policyName, ours.body.priority), why: `make rule "${ours.body.name}" grant the scopes by client credentials` });
  else steps.push({ kind: "createRule", authServerId, policyId: policy.id, body: ruleBody(desired.policyName), why: `create a rule granting ${API_CLIENT_SCOPES.join(" and ")} by client credentials` });
  return { clientId, steps, unchanged };
}
