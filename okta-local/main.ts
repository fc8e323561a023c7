// Runs the local Okta on its own: `tsx okta-local/main.ts` (settings: okta-local/env.ts).
import { oktaLocalOptionsFromEnv } from "./env";
import { startOktaLocal } from "./server";

const okta = await startOktaLocal(oktaLocalOptionsFromEnv());
console.log(`Local Okta ready: issuer ${okta.issuer}`);
if (okta.caFile) console.log(`HTTPS: trust ${okta.caFile} (e.g. NODE_EXTRA_CA_CERTS=${okta.caFile})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void okta.stop().then(() => process.exit(0));
  });
}
