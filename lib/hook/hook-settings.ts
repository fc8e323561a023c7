import { getEnv } from "@/lib/config/env";
import type { HookSettings } from "./answer-token-hook";
import type { HookAuthSettings } from "./authenticate-hook-request";
import type { RetryPolicy } from "./retry-policy";

/** How the call records wait for the database: at most `maxPending` of them, retried by `retry`. */
export type RecordSettings = { maxPending: number; retry: RetryPolicy };

type AllHookSettings = { auth: HookAuthSettings; answer: HookSettings; eventRetentionDays: number; records: RecordSettings };

let cached: AllHookSettings | undefined;

/** Hook configuration derived once from the validated environment (not per request). */
export function getHookSettings(): AllHookSettings {
  if (cached) return cached;
  const env = getEnv();
  const oauth =
    env.HOOK_OAUTH_ISSUER && env.HOOK_OAUTH_AUDIENCE
      ? { issuer: env.HOOK_OAUTH_ISSUER, audience: env.HOOK_OAUTH_AUDIENCE, keysTimeoutMs: env.HOOK_LOOKUP_TIMEOUT_MS }
      : undefined;
  cached = {
    auth: { header: env.HOOK_AUTH_HEADER, secrets: env.hookAuthSecrets, oauth },
    answer: {
      claimName: env.HOOK_CLAIM_NAME,
      claimTokens: env.HOOK_CLAIM_TOKENS,
      lookupTimeoutMs: env.HOOK_LOOKUP_TIMEOUT_MS,
      failureMode: env.HOOK_FAILURE_MODE,
    },
    eventRetentionDays: env.HOOK_EVENT_RETENTION_DAYS,
    records: {
      maxPending: env.HOOK_EVENT_MAX_PENDING,
      retry: {
        initialDelayMs: Math.min(250, env.HOOK_EVENT_RETRY_MAX_DELAY_MS),
        maxDelayMs: env.HOOK_EVENT_RETRY_MAX_DELAY_MS,
        giveUpAfterMs: env.HOOK_EVENT_RETRY_FOR_MS,
      },
    },
  };
  return cached;
}
