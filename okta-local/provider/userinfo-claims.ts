import { displayName, type OktaUserProfile } from "@/okta/simulation/okta-user";

/** `/v1/userinfo` as Okta answers it: every claim of the granted scopes, `sub` always. */
export function userInfoClaims(user: OktaUserProfile, scopes: readonly string[]): { sub: string; [claim: string]: unknown } {
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
    ...(has("groups") ? { groups: user.groups } : {}),
  };
}
