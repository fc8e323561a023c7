/**
 * What Okta knows of a user when it mints tokens: the profile it puts into the hook request and
 * the tokens (docs/okta-token-hook.md §2.2, §2.3). Where users come from is up to the caller.
 */
export type OktaUserProfile = {
  /** `00u…`: the Okta user id, `sub` of the ID token. */
  id: string;
  login: string;
  firstName: string;
  lastName: string;
  email: string;
  locale: string;
  timeZone: string;
  /** ISO 8601 time of the last password change. */
  passwordChanged: string;
  /** Group names; Okta puts every user in `Everyone`. */
  groups: string[];
};

export const displayName = (user: Pick<OktaUserProfile, "firstName" | "lastName">): string =>
  `${user.firstName} ${user.lastName}`;
