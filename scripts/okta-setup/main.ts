// `npm run okta:setup`: registers the token inline hook in an Okta org and attaches it to the
// access policy rule (docs/okta-token-hook.md §1, §4.3–§4.5). Flags and variables: options.ts (USAGE).
import { loadProjectEnv } from "@/scripts/db/load-project-env";
import { API_CLIENT_USAGE, parseApiClientOptions } from "./api-client/api-client-options";
import { runApiClientSetup } from "./api-client/run-api-client-setup";
import { createSdkApiClientAdmin } from "./api-client/sdk-api-client-admin";
import { parseSetupOptions, USAGE } from "./options";
import { runOktaSetup } from "./run-okta-setup";

loadProjectEnv();
const args = process.argv.slice(2);
try {
  // --api-client <label>: a service app for the patient directory API (api-client/), not the hook.
  if (args.some((arg) => arg === "--api-client" || arg.startsWith("--api-client="))) {
    const options = parseApiClientOptions(args, process.env);
    if (options === "help") console.log(API_CLIENT_USAGE);
    else await runApiClientSetup({ admin: createSdkApiClientAdmin({ orgUrl: options.orgUrl, token: options.apiToken }), desired: options.desired, dryRun: options.dryRun });
  } else {
    const options = parseSetupOptions(args, process.env);
    if (options === "help") console.log(USAGE);
    else await runOktaSetup(options);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
