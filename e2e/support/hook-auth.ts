import { parseEnv } from "@/lib/config/env";

/**
 * The credential Okta's hook calls carry in this run: the guide's example (admin:supersecret) in
 * local mode, the configured HOOK_AUTH_SECRETS in the deployed run (which refuses the example).
 */
export function hookAuthHeaders(): Record<string, string> {
  const { HOOK_AUTH_HEADER, hookAuthSecrets } = parseEnv(process.env);
  const secret = hookAuthSecrets[0];
  if (!secret) throw new Error("No hook credential: set HOOK_AUTH_SECRETS");
  return { [HOOK_AUTH_HEADER]: secret };
}
