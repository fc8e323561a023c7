import type { OktaAdmin } from "./okta-admin";
import type { CurrentState } from "./plan-setup";

/**
 * The org as okta:setup needs to see it: token hooks, and the policies and rules of the
 * authorization server (read-only calls; a missing server fails here with Okta's 404).
 */
export async function readCurrentState(admin: OktaAdmin, authServerId: string): Promise<CurrentState> {
  await admin.getAuthorizationServer(authServerId);
  const [hooks, policies] = await Promise.all([admin.listTokenHooks(), admin.listPolicies(authServerId)]);
  const withRules = await Promise.all(policies.map(async (policy) => ({ ...policy, rules: await admin.listRules(authServerId, policy.id) })));
  return { hooks, policies: withRules };
}
