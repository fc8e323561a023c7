import { describeError } from "../describe-error";
import { SetupFailed } from "../run-okta-setup";
import type { ApiClientAdmin } from "./api-client-admin";
import { NEW_API_POLICY_ID, NEW_CLIENT_ID, planApiClient, type ApiClientDesired, type ApiClientStep } from "./plan-api-client";

export type ApiClientSetupResult = { changed: boolean; clientId: string; clientSecret?: string; steps: ApiClientStep[] };

async function readCurrent(admin: ApiClientAdmin, desired: ApiClientDesired) {
  await admin.getAuthorizationServer(desired.authServerId); // a wrong server id fails here, with Okta's message
  const [scopes, apps, policies] = await Promise.all([admin.listScopes(desired.authServerId), admin.listApps(desired.appLabel), admin.listPolicies(desired.authServerId)]);
  const withRules = await Promise.all(policies.map(async (policy) => ({ ...policy, rules: await admin.listRules(desired.authServerId, policy.id) })));
  return { scopes, apps, policies: withRules };
}

/**
 * okta:setup --api-client: a service app that gets the directory API's scopes by client
 * credentials. Prints the steps (or only them, with dryRun); prints the new app's client secret
 * once, as Okta shows it only on creation. Throws SetupFailed with Okta's own error message.
 */
export async function runApiClientSetup(
  { admin, desired, dryRun, print = console.log }: { admin: ApiClientAdmin; desired: ApiClientDesired; dryRun: boolean; print?: (line: string) => void },
): Promise<ApiClientSetupResult> {
  try {
    const plan = planApiClient(await readCurrent(admin, desired), desired);
    if (plan.steps.length === 0) {
      print(`No changes: ${plan.unchanged.join("; ")}.`);
      print(`Client ID: ${plan.clientId} (Okta shows its secret only when the app is created).`);
      return { changed: false, clientId: plan.clientId, steps: [] };
    }
    if (dryRun) {
      print(`Dry run: ${plan.steps.length} call(s) would change the org; nothing was written.`);
      for (const step of plan.steps) print(`- ${step.why}`);
      return { changed: false, clientId: plan.clientId, steps: plan.steps };
    }
    let clientId = plan.clientId;
    let clientSecret: string | undefined;
    let policyId = NEW_API_POLICY_ID;
    const withClient = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(NEW_CLIENT_ID, clientId)) as T;
    for (const step of plan.steps) {
      print(`- ${step.why}`);
      switch (step.kind) {
        case "createScope":
          await admin.createScope(step.authServerId, step.body);
          break;
        case "createServiceApp":
          ({ clientId, clientSecret } = await admin.createServiceApp(step.body));
          break;
        case "createPolicy":
          policyId = (await admin.createPolicy(step.authServerId, withClient(step.body))).id;
          break;
        case "createRule":
          await admin.createRule(step.authServerId, step.policyId === NEW_API_POLICY_ID ? policyId : step.policyId, step.body);
          break;
        case "replaceRule":
          await admin.replaceRule(step.authServerId, step.policyId, step.ruleId, step.body);
          break;
      }
    }
    print(`Done: ${plan.steps.length} change(s) made. Client ID: ${clientId}`);
    if (clientSecret) print(`Client secret (shown once; store it in the calling system): ${clientSecret}`);
    return { changed: true, clientId, ...(clientSecret ? { clientSecret } : {}), steps: plan.steps };
  } catch (error) {
    throw new SetupFailed(describeError(error, ""), { cause: error });
  }
}
