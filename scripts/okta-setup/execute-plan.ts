import type { OktaAdmin, RuleBody } from "./okta-admin";
import { NEW_HOOK_ID, NEW_POLICY_ID, type Step } from "./plan-setup";

/**
 * Makes the plan's calls in order, filling in the ids that earlier calls return (the new hook
 * goes into the rule, the new policy gets the rule). Stops at the first error: Okta's calls are
 * each atomic, and a re-run plans from whatever was done.
 */
export async function executePlan(admin: OktaAdmin, steps: Step[], onStep: (step: Step) => void = () => undefined): Promise<void> {
  const ids = new Map<string, string>();
  const resolve = (id: string) => ids.get(id) ?? id;
  const withHook = (body: RuleBody): RuleBody => {
    const hook = body.actions.token.inlineHook;
    return hook ? { ...body, actions: { token: { ...body.actions.token, inlineHook: { id: resolve(hook.id) } } } } : body;
  };
  for (const step of steps) {
    onStep(step);
    switch (step.kind) {
      case "createInlineHook":
        ids.set(NEW_HOOK_ID, (await admin.createInlineHook(step.body)).id);
        break;
      case "replaceInlineHook":
        await admin.replaceInlineHook(step.hookId, step.body);
        break;
      case "activateInlineHook":
        await admin.activateInlineHook(resolve(step.hookId));
        break;
      case "createPolicy":
        ids.set(NEW_POLICY_ID, (await admin.createPolicy(step.authServerId, step.body)).id);
        break;
      case "createRule":
        await admin.createRule(step.authServerId, resolve(step.policyId), withHook(step.body));
        break;
      case "replaceRule":
        await admin.replaceRule(step.authServerId, step.policyId, step.ruleId, withHook(step.body));
        break;
    }
  }
}
