import { z } from "zod";
import { parseFlags, presentVariables, UsageError } from "../options";
import type { ApiClientDesired } from "./plan-api-client";

export const API_CLIENT_USAGE = `Usage: npm run okta:setup -- --api-client <app label> [options]

Lets a system call the patient directory API: adds the scopes patients.read and patients.write to
the authorization server, creates the service app <app label> (client credentials) unless it
exists, and a policy for it whose rule grants both scopes. Safe to run again. Prints the app's
client ID, and its client secret when it creates the app.

Options:
  --auth-server <id>    authorization server id (default: default)
  --policy-name <name>  policy and rule to create (default: "Patient directory API: <app label>")
  --dry-run             print the calls that would change the org; change nothing

Environment: OKTA_ORG_URL, OKTA_API_TOKEN (SSWS API token).`;

const schema = z.object({
  OKTA_ORG_URL: z.url({ protocol: /^https?$/, error: "expected your org URL, e.g. https://dev-123456.okta.com" }).transform((url) => new URL(url).origin),
  OKTA_API_TOKEN: z.string({ error: "required: an Okta API token (Security > API > Tokens)" }).min(1),
  label: z.string().trim().min(1, { error: "--api-client: expected the service app's label" }).max(100),
});

export type ApiClientOptions = { orgUrl: string; apiToken: string; dryRun: boolean; desired: ApiClientDesired };

/** Options of `okta:setup --api-client`; throws UsageError listing every problem. */
export function parseApiClientOptions(argv: string[], env: Record<string, string | undefined>): ApiClientOptions | "help" {
  const values = parseFlags(
    argv,
    {
      "api-client": { type: "string" },
      "auth-server": { type: "string", default: "default" },
      "policy-name": { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    API_CLIENT_USAGE,
  );
  if (values.help) return "help";
  const parsed = schema.safeParse({ ...presentVariables(env), label: values["api-client"] ?? "" });
  if (!parsed.success) {
    throw new UsageError(`okta:setup --api-client cannot start:\n  - ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n  - ")}\n\n${API_CLIENT_USAGE}`);
  }
  const { OKTA_ORG_URL, OKTA_API_TOKEN, label } = parsed.data;
  return {
    orgUrl: OKTA_ORG_URL,
    apiToken: OKTA_API_TOKEN,
    dryRun: values["dry-run"],
    desired: { authServerId: values["auth-server"], appLabel: label, policyName: values["policy-name"] ?? `Patient directory API: ${label}` },
  };
}
