import type { Env } from "@/lib/config/env";

type AuthSettings = Pick<Env, "AUTH_SECRET" | "AUTH_OKTA_ISSUER" | "AUTH_OKTA_ID" | "AUTH_OKTA_SECRET">;

/** Whether sign-in can work at all; without this the page explains instead of failing on click. */
export function isAuthConfigured(env: AuthSettings): boolean {
  return Boolean(env.AUTH_SECRET && env.AUTH_OKTA_ISSUER && env.AUTH_OKTA_ID && env.AUTH_OKTA_SECRET);
}
