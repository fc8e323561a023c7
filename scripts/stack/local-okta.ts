import path from "node:path";
import type { Env } from "@/lib/config/env";
import { oktaLocalOptionsFromEnv } from "@/okta-local/env";
import { startOktaLocal } from "@/okta-local/server";

type Options = { oktaPort: number; dataDir: string; host: string };

/** The local Okta, unless AUTH_OKTA_ISSUER points at a real (or separately started) Okta. */
export async function startLocalOkta(env: Env, options: Options, appUrl: string, source: NodeJS.ProcessEnv) {
  if (env.AUTH_OKTA_ISSUER) {
    return { issuer: env.AUTH_OKTA_ISSUER, env: {}, stop: async () => {} };
  }
  if (env.mode === "deployed") {
    throw new Error("AUTH_OKTA_ISSUER: required in deployed mode (your Okta custom authorization server URL).");
  }
  // OKTA_LOCAL_HOOK_URL / _AUTH_HEADER / _AUTH_VALUE / _API_TOKEN and the client come from the
  // environment; the port, app URL and data dir from the stack.
  const settings = oktaLocalOptionsFromEnv(source);
  const okta = await startOktaLocal({
    ...settings,
    // Unless told otherwise, call the hook with the credentials the app accepts.
    hookAuthHeader: settings.hookAuthHeader ?? env.HOOK_AUTH_HEADER,
    hookAuthValue: settings.hookAuthValue ?? env.hookAuthSecrets[0],
    port: options.oktaPort,
    host: options.host,
    appUrl,
    dataDir: path.join(options.dataDir, "okta-local"),
  });
  const { clientId, clientSecret } = settings;
  return {
    issuer: okta.issuer,
    env: {
      AUTH_OKTA_ISSUER: okta.issuer,
      AUTH_OKTA_ID: clientId,
      AUTH_OKTA_SECRET: clientSecret,
      // OKTA_LOCAL_HTTPS: the app trusts the local Okta's own certificate authority.
      ...(okta.caFile ? { NODE_EXTRA_CA_CERTS: okta.caFile } : {}),
    },
    stop: okta.stop,
  };
}
