import { displayName, type OktaUserProfile } from "@/okta/simulation/okta-user";

/**
 * `/v1/userinfo` as Okta answers it: `sub` always, every claim of the granted scopes, then the
 * server's IDENTITY claims that apply (provider/evaluate-claims.ts).
 */
export function userInfoClaims(user: OktaUserProfile, scopes: readonly string[], custom: Record<string, unknown> = {}): { sub: string; [claim: string]: unknown } {
  const has = (scope: string) => scopes.includes(scope);
  return {
    sub: user.id,
    ...(has("profile")
      ? {
          name: displayName(user),
          locale: user.locale,
          preferred_username: user.login,
          given_name: user.firstName,
          family_name: user.lastName,
          zoneinfo: user.timeZone,
          updated_at: Math.floor(Date.parse(user.passwordChanged) / 1000),
        }
      : {}),
    ...(has("email") ? { email: user.email, email_verified: true } : {}),
    ...custom,
  };
}
