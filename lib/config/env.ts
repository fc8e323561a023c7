import { z } from "zod";
import { OKTA_GUIDE_HOOK_AUTH } from "@/okta/guide-credentials";
import { getAppMode, type AppMode } from "./mode";
import { isReservedClaim } from "@/okta/hook-response/reserved-claims";

/**
 * Okta's guide example credential: the development default in local mode only; deployed mode has
 * none (and refuses it).
 */
export const DEV_HOOK_AUTH_SECRET = OKTA_GUIDE_HOOK_AUTH.value;

type Source = Record<string, string | undefined>;

const commaList = z
  .string()
  .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean));

const positiveInt = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` });

const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

const schema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "expected a postgresql:// connection URL" })
    .optional(),
  // The longest the app waits for the database to answer one statement (pg's query_timeout), so a
  // hung or slow database fails a request instead of holding it. It bounds the CSV import's
  // statements too: the default fits the largest import (5 MB) on a small machine.
  DATABASE_QUERY_TIMEOUT_MS: positiveInt(1000, 300_000).default(30_000),
  APP_URL: httpUrl.optional(),
  // The port this server listens on (the stack sets it): the tester's target when APP_URL is unset.
  PORT: positiveInt(1, 65535).default(3000),

  HOOK_AUTH_HEADER: z
    .string()
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { error: "expected an HTTP header name" })
    .default("Authorization"),
  HOOK_AUTH_SECRETS: commaList.optional(),
  HOOK_OAUTH_ISSUER: httpUrl.optional(),
  HOOK_OAUTH_AUDIENCE: z.string().min(1).optional(),
  HOOK_CLAIM_NAME: z
    .string()
    .min(1, { error: "expected a claim name" })
    .max(256, { error: "expected at most 256 characters" })
    .default("extPatientId"),
  HOOK_CLAIM_TOKENS: z
    .enum(["id", "access", "id,access", "access,id"], {
      error: 'expected "id", "access" or "id,access"',
    })
    .default("id")
    .transform((value) => value.split(",") as ("id" | "access")[]),
  // Okta gives up after 3 s (docs/okta-token-hook.md §4.2); leave room for the network and our own work.
  HOOK_LOOKUP_TIMEOUT_MS: positiveInt(10, 2900).default(2000),
  // The hook's own connections, apart from the admin's: no import, export or report can take them.
  HOOK_DB_POOL_SIZE: positiveInt(1, 50).default(4),
  HOOK_FAILURE_MODE: z.enum(["open", "closed"], { error: 'expected "open" or "closed"' }).default("open"),
  HOOK_EVENT_RETENTION_DAYS: positiveInt(1, 3650).default(30),
  // Audit log (issue 14): access entries (patient opened, search, claims preview, export) are
  // deleted after this many days; changes and imports are kept. Six years by default, the span
  // US health-data rules (HIPAA) ask documentation to be kept.
  AUDIT_ACCESS_RETENTION_DAYS: positiveInt(1, 36500).default(2190),
  // Call records waiting for the database at most (memory stays bounded); past it, calls are counted, not kept.
  HOOK_EVENT_MAX_PENDING: positiveInt(1, 1_000_000).default(10_000),
  // A failed record write is retried with doubling waits up to this one, for HOOK_EVENT_RETRY_FOR_MS.
  HOOK_EVENT_RETRY_MAX_DELAY_MS: positiveInt(100, 300_000).default(30_000),
  HOOK_EVENT_RETRY_FOR_MS: positiveInt(1000, 86_400_000).default(600_000),

  // The patient directory API (/api/v1): Okta access tokens from this issuer for this audience
  // (default: the sign-in's authorization server and Okta's default audience), requests per
  // minute per API client.
  API_OAUTH_ISSUER: httpUrl.optional(),
  API_OAUTH_AUDIENCE: z.string().min(1).default("api://default"),
  API_RATE_LIMIT_PER_MINUTE: positiveInt(1, 1_000_000).default(600),

  AUTH_SECRET: z.string().min(32, { error: "expected at least 32 characters" }).optional(),
  AUTH_OKTA_ISSUER: httpUrl.optional(),
  AUTH_OKTA_ID: z.string().min(1).optional(),
  AUTH_OKTA_SECRET: z.string().min(1).optional(),
  ADMIN_GROUPS: commaList.default(["Patient Admins"]),
  // Automatic logoff: a session ends after this long without a request (default 15 minutes)…
  SESSION_IDLE_TIMEOUT_SECONDS: positiveInt(5, 86_400).default(900),
  // …and this long after sign-in, however active (default 8 hours; tokens are never refreshed).
  SESSION_MAX_AGE_SECONDS: positiveInt(60, 7 * 86_400).default(8 * 3600),
});

export type Env = z.output<typeof schema> & {
  mode: AppMode;
  hookAuthSecrets: string[];
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Treat `VAR=` (empty) as unset, as most .env tooling does. */
function withoutEmpty(source: Source): Source {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
}

/** Validates settings; throws an EnvError that names every bad variable and what it expects. */
export function parseEnv(source: Source = process.env): Env {
  const mode = getAppMode(source);
  const result = schema.safeParse(withoutEmpty(source));
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${issue.path.join(".")}: ${issue.message}`);
    }
  }
  const data = result.success ? result.data : undefined;
  if (data && Boolean(data.HOOK_OAUTH_ISSUER) !== Boolean(data.HOOK_OAUTH_AUDIENCE)) {
    problems.push("HOOK_OAUTH_ISSUER and HOOK_OAUTH_AUDIENCE: expected both or neither");
  }
  if (data && data.SESSION_IDLE_TIMEOUT_SECONDS > data.SESSION_MAX_AGE_SECONDS) {
    problems.push("SESSION_IDLE_TIMEOUT_SECONDS: expected at most SESSION_MAX_AGE_SECONDS");
  }
  const reservedIn = data?.HOOK_CLAIM_TOKENS.filter((token) => isReservedClaim(data.HOOK_CLAIM_NAME, token)) ?? [];
  if (reservedIn.length > 0) {
    // Okta rejects the whole patch for a reserved claim (docs/okta-token-hook.md §3.3): refuse to start instead.
    problems.push(`HOOK_CLAIM_NAME: "${data?.HOOK_CLAIM_NAME}" is reserved by Okta in the ${reservedIn.join(" and ")} token; choose another name`);
  }
  if (problems.length > 0 || !data) {
    throw new EnvError(`Invalid environment (${mode} mode):\n  - ${problems.join("\n  - ")}`);
  }
  const hookAuthSecrets = data.HOOK_AUTH_SECRETS ?? (mode === "local" ? [DEV_HOOK_AUTH_SECRET] : []);
  return { ...data, mode, hookAuthSecrets };
}

let cached: Env | undefined;

/** The validated settings, parsed once per process. */
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
