import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import type { Desired } from "./plan-setup";

export type SetupOptions = { orgUrl: string; apiToken: string; dryRun: boolean; desired: Desired };

export class UsageError extends Error {
  override name = "UsageError";
}

/** The flags in `argv` (unknown or malformed ones are a UsageError that shows `usage`). */
export function parseFlags<const O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, strict: true, options }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}

/** The environment's variables that are set: empty ones count as unset. */
export function presentVariables(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

export const USAGE = `Usage: npm run okta:setup -- [options]

Registers the token inline hook in your Okta org (or updates it), activates it and attaches it to
the access policy rule of the authorization server. Safe to run again.

Options:
  --hook-url <url>      hook URL (default: $APP_URL/api/hooks/token)
  --name <name>         inline hook name (default: "Patient Claims token hook")
  --auth-server <id>    authorization server id (default: default)
  --policy-name <name>  policy and rule to create when no rule matches (default: "Patient Claims")
  --client-id <id>      the app's client id; a created policy applies to it only (default: $AUTH_OKTA_ID, else all clients)
  --rotate-secret       send the hook secret again even if nothing else changed
  --dry-run             print the calls that would change the org; change nothing

Environment: OKTA_ORG_URL, OKTA_API_TOKEN (SSWS API token), HOOK_AUTH_SECRETS (the first is sent),
HOOK_AUTH_HEADER (default Authorization), APP_URL.`;

const FLAG_NAMES: Record<string, string> = { hookUrl: "--hook-url", name: "--name", authServer: "--auth-server", policyName: "--policy-name", clientId: "--client-id" };

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const schema = z.object({
  OKTA_ORG_URL: z
    .url({ protocol: /^https?$/, error: "expected your org URL, e.g. https://dev-123456.okta.com" })
    .refine((url) => !new URL(url).pathname.startsWith("/oauth2"), { error: "expected the org URL, not an issuer (drop /oauth2/…)" })
    .refine((url) => !/-admin\./.test(new URL(url).hostname), { error: "expected the org URL, not the Admin Console's (-admin) URL" })
    .transform((url) => new URL(url).origin),
  OKTA_API_TOKEN: z.string({ error: "required: an Okta API token (Security > API > Tokens)" }).min(1),
  HOOK_AUTH_SECRETS: z
    .string({ error: "required: the secret Okta sends to the hook (the first of the comma-separated list)" })
    .transform((value) => value.split(",").map((item) => item.trim()).find(Boolean) ?? ""),
  HOOK_AUTH_HEADER: z.string().regex(headerName, { error: "expected an HTTP header name" }).default("Authorization"),
  hookUrl: z.url({ protocol: /^https?$/, error: "expected an http(s) URL (set --hook-url or APP_URL)" }),
  name: z.string().min(1).max(255),
  authServer: z.string().min(1),
  policyName: z.string().min(1).max(255),
  clientId: z.string().min(1).optional(),
});

/** Flags win over the environment; empty variables count as unset. Throws UsageError listing every problem. */
export function parseSetupOptions(argv: string[], env: Record<string, string | undefined>): SetupOptions | "help" {
  const values = parseFlags(
    argv,
    {
      "hook-url": { type: "string" },
      name: { type: "string" },
      "auth-server": { type: "string" },
      "policy-name": { type: "string" },
      "client-id": { type: "string" },
      "rotate-secret": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    USAGE,
  );
  if (values.help) return "help";
  const present = presentVariables(env);
  const appUrl = present.APP_URL?.replace(/\/+$/, "");
  const parsed = schema.safeParse({
    ...present,
    hookUrl: values["hook-url"] ?? (appUrl ? `${appUrl}/api/hooks/token` : undefined),
    name: values.name ?? "Patient Claims token hook",
    authServer: values["auth-server"] ?? "default",
    policyName: values["policy-name"] ?? "Patient Claims",
    clientId: values["client-id"] ?? present.AUTH_OKTA_ID,
  });
  if (!parsed.success) {
    const label = (key: string) => FLAG_NAMES[key] ?? key;
    const problems = parsed.error.issues.map((issue) => `${label(issue.path.join("."))}: ${issue.message}`);
    throw new UsageError(`okta:setup cannot start:\n  - ${problems.join("\n  - ")}\n\n${USAGE}`);
  }
  const options = parsed.data;
  if (!options.HOOK_AUTH_SECRETS) throw new UsageError("HOOK_AUTH_SECRETS: expected at least one secret");
  return {
    orgUrl: options.OKTA_ORG_URL,
    apiToken: options.OKTA_API_TOKEN,
    dryRun: values["dry-run"],
    desired: {
      authServerId: options.authServer,
      hookName: options.name,
      hookUri: options.hookUrl,
      authHeader: options.HOOK_AUTH_HEADER,
      secret: options.HOOK_AUTH_SECRETS,
      rotateSecret: values["rotate-secret"],
      policyName: options.policyName,
      ...(options.clientId ? { clientId: options.clientId } : {}),
    },
  };
}
