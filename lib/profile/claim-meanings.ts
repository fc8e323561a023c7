/**
 * Plain-words meanings of the standard OIDC claims and the ones Okta adds, for people who have
 * never read the specs. Keys are claim names; a claim missing here is shown without a meaning.
 */
export const CLAIM_MEANINGS: Readonly<Record<string, string>> = {
  sub: "Subject: who the token is about. In an ID token, the user's permanent Okta ID; in an Okta access token, their login.",
  name: "The user's full name.",
  given_name: "The user's first name.",
  family_name: "The user's last name.",
  email: "The user's email address.",
  email_verified: "Whether Okta has confirmed that the user owns this email address.",
  preferred_username: "The user's Okta login (username). The hook looks the patient up by this.",
  locale: "The user's language and region.",
  zoneinfo: "The user's time zone.",
  updated_at: "When the user's profile was last changed.",
  ver: "Version of Okta's token format.",
  iss: "Issuer: the Okta authorization server that minted this token.",
  aud: "Audience: who the token is for (this app's client ID for an ID token, the API for an access token).",
  azp: "Authorized party: the app the token was issued to.",
  iat: "Issued at: when Okta minted this token.",
  exp: "Expires: after this time the token must no longer be accepted.",
  nbf: "Not before: the token must not be accepted before this time.",
  jti: "Token ID: a unique identifier for this one token.",
  amr: "Authentication methods used to sign in (pwd = password, mfa = multi-factor, …).",
  idp: "Identity provider: the ID of whoever checked the user's credentials (Okta itself for Okta users).",
  nonce: "A random value the app sent when sign-in started; it comes back here so an old token can't be replayed.",
  auth_time: "When the user last actually signed in (entered their credentials) at Okta.",
  at_hash: "A hash of the access token, tying it to this ID token.",
  c_hash: "A hash of the authorization code, tying it to this ID token.",
  sid: "Okta session ID: the sign-in session this token belongs to.",
  groups: "The Okta groups the user belongs to (sent because the app asked for the groups scope).",
  cid: "Client ID of the app that requested this token.",
  uid: "The user's Okta user ID.",
  scp: "Scopes: what the app is allowed to do with this access token.",
  client_id: "Client ID of the app that requested this token.",
  scope: "Scopes: what the app is allowed to do with this access token.",
};

/** Claims whose value is a time in seconds since 1970, shown as a date as well. */
export const TIME_CLAIMS: ReadonlySet<string> = new Set(["iat", "exp", "nbf", "auth_time", "updated_at"]);

export const HOOK_CLAIM_MEANING = "Your patient ID, which the hook looked up in the patient table by your login.";
