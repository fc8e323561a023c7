// `npm run okta:setup`: registers the token inline hook in an Okta org and attaches it to the
// access policy rule (docs/okta-token-hook.md §1, §4.3–§4.5). Flags and variables: options.ts (USAGE).
import { loadProjectEnv } from "@/scripts/db/load-project-env";
import { parseSetupOptions, USAGE } from "./options";
import { runOktaSetup } from "./run-okta-setup";

loadProjectEnv();
try {
  const options = parseSetupOptions(process.argv.slice(2), process.env);
  if (options === "help") console.log(USAGE);
  else await runOktaSetup(options);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
