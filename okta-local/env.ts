import { z } from "zod";
import type { OktaLocalOptions } from "./server";

const schema = z.object({
  OKTA_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  // Loopback unless set (e.g. 0.0.0.0 in a container); off loopback the published defaults are refused.
  OKTA_LOCAL_HOST: z.string().min(1).default("127.0.0.1"),
  APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  OKTA_LOCAL_DATA_DIR: z.string().min(1).default(".data/okta-local"),
  AUTH_OKTA_ID: z.string().min(1).default("patient-claims-local"),
  AUTH_OKTA_SECRET: z.string().min(1).default("patient-claims-local-secret"),
  OKTA_LOCAL_HOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  OKTA_LOCAL_HOOK_AUTH_HEADER: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { error: "expected an HTTP header name" }).optional(),
  OKTA_LOCAL_HOOK_AUTH_VALUE: z.string().min(1).optional(),
  OKTA_LOCAL_APPS_FILE: z.string().min(1).optional(),
  OKTA_LOCAL_HTTPS: z.stringbool().default(false),
  OKTA_LOCAL_API_TOKEN: z.string().min(1).optional(),
  OKTA_LOCAL_READONLY_API_TOKEN: z.string().min(1).optional(),
});

/** The local Okta's settings from the environment (unset or empty variables take the defaults). */
export function oktaLocalOptionsFromEnv(source: Record<string, string | undefined> = process.env): OktaLocalOptions {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid local Okta environment:\n  - ${problems.join("\n  - ")}`);
  }
  const env = parsed.data;
  return {
    port: env.OKTA_LOCAL_PORT,
    host: env.OKTA_LOCAL_HOST,
    appUrl: env.APP_URL,
    dataDir: env.OKTA_LOCAL_DATA_DIR,
    clientId: env.AUTH_OKTA_ID,
    clientSecret: env.AUTH_OKTA_SECRET,
    appsFile: env.OKTA_LOCAL_APPS_FILE,
    https: env.OKTA_LOCAL_HTTPS,
    hookUrl: env.OKTA_LOCAL_HOOK_URL,
    hookAuthHeader: env.OKTA_LOCAL_HOOK_AUTH_HEADER,
    hookAuthValue: env.OKTA_LOCAL_HOOK_AUTH_VALUE,
    apiToken: env.OKTA_LOCAL_API_TOKEN,
    readOnlyApiToken: env.OKTA_LOCAL_READONLY_API_TOKEN,
  };
}
