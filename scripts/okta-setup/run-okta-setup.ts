import { describeCall, formatCall } from "./describe-call";
import { describeError } from "./describe-error";
import { executePlan } from "./execute-plan";
import type { OktaAdmin } from "./okta-admin";
import type { SetupOptions } from "./options";
import { planSetup, type Step } from "./plan-setup";
import { readCurrentState } from "./read-current";
import { createSdkOktaAdmin } from "./sdk-okta-admin";

export type SetupResult = { changed: boolean; steps: Step[] };

export class SetupFailed extends Error {
  override name = "SetupFailed";
}

/**
 * okta:setup: read the org, plan the calls that bring it to the desired state, then print them
 * (--dry-run) or make them. Prints through `print`; never prints the hook secret. Throws
 * SetupFailed with Okta's own error message when a call fails.
 */
export async function runOktaSetup(
  options: SetupOptions,
  { admin = createSdkOktaAdmin({ orgUrl: options.orgUrl, token: options.apiToken }), print = console.log }: { admin?: OktaAdmin; print?: (line: string) => void } = {},
): Promise<SetupResult> {
  const { desired } = options;
  try {
    print(`Okta org ${options.orgUrl}, authorization server "${desired.authServerId}", hook ${desired.hookUri}`);
    const plan = planSetup(await readCurrentState(admin, desired.authServerId), desired);
    if (plan.steps.length === 0) {
      print(`No changes: ${plan.unchanged.join("; ")}.`);
      print("(Okta never returns the hook secret, so it was not compared: --rotate-secret sends it again.)");
      return { changed: false, steps: [] };
    }
    if (options.dryRun) {
      print(`Dry run: ${plan.steps.length} call(s) would change the org; nothing was written.`);
      for (const step of plan.steps) print(`- ${step.why}\n${formatCall(describeCall(step))}`);
      return { changed: false, steps: plan.steps };
    }
    await executePlan(admin, plan.steps, (step) => {
      const call = describeCall(step);
      print(`- ${step.why} (${call.method} ${call.path})`);
    });
    print(`Done: ${plan.steps.length} change(s) made. Run it again to check: it should report "No changes".`);
    return { changed: true, steps: plan.steps };
  } catch (error) {
    throw new SetupFailed(describeError(error, desired.secret), { cause: error });
  }
}
