import type { HookRefusalReason } from "@/generated/prisma/enums";

/** Plain words for each reason a call was refused (401), for Activity, Setup and the profile. */
export const REFUSAL_TEXT: Record<HookRefusalReason, { label: string; fix: string }> = {
  not_configured: { label: "No credential configured", fix: "Set HOOK_AUTH_SECRETS (or HOOK_OAUTH_ISSUER and HOOK_OAUTH_AUDIENCE): the hook refuses every call until then." },
  no_credentials: { label: "No credentials", fix: "Okta sent nothing in the authentication field: check the inline hook's Authentication field name (HOOK_AUTH_HEADER)." },
  wrong_secret: { label: "Wrong secret", fix: "Okta's authentication secret matches none of HOOK_AUTH_SECRETS: enter the value shown on Setup in the inline hook." },
  token_expired: { label: "Bearer token expired", fix: "Okta sent an expired (or not yet valid) OAuth 2.0 token: check the clocks and the token lifetime." },
  token_wrong_issuer: { label: "Bearer token from another issuer", fix: "The OAuth 2.0 token comes from another authorization server than HOOK_OAUTH_ISSUER." },
  token_wrong_audience: { label: "Bearer token for another audience", fix: "The OAuth 2.0 token is not for HOOK_OAUTH_AUDIENCE: check the inline hook's OAuth settings." },
  token_bad_signature: { label: "Bearer token with a bad signature", fix: "No key of HOOK_OAUTH_ISSUER verifies the token's signature." },
  token_malformed: { label: "Malformed bearer token", fix: "The bearer value is not a usable JWT (or uses an algorithm the hook does not accept)." },
  token_keys_unavailable: { label: "Issuer's keys unavailable", fix: "The hook could not fetch HOOK_OAUTH_ISSUER's keys in time to check the token." },
};

export const REFUSAL_REASONS = Object.keys(REFUSAL_TEXT) as HookRefusalReason[];
