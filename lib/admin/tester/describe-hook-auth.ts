import type { HookAuthSettings } from "@/lib/hook/authenticate-hook-request";

const MASK = "••••••••";
const SCHEME = /^(Basic|Bearer)\s+/i;

/**
 * A secret as the admin pages show it: the scheme word (a format hint: Okta needs the "Basic "
 * prefix, docs/okta-token-hook.md §4.5) and a fixed mask. No characters and no length of the secret itself:
 * the end of a Basic value is the end of the password.
 */
export function maskSecret(value: string): string {
  const scheme = SCHEME.exec(value)?.[1];
  return scheme ? `${scheme} ${MASK}` : MASK;
}

export type HookAuthDescription = {
  /** What Okta's Admin Console calls the "Authentication field". */
  header: string;
  /** How the "Authentication secret" is written for this header. */
  valueFormat: string;
  /** The first configured secret, masked; null when none is configured. */
  maskedSecret: string | null;
  secretCount: number;
  oauth: { issuer: string; audience: string } | null;
};

/** What to configure in Okta for the hook's authentication (docs/okta-token-hook.md §4.5), with no secret in it. */
export function describeHookAuth(auth: HookAuthSettings): HookAuthDescription {
  const first = auth.secrets[0];
  // Basic is what Okta's guide uses (docs/okta-token-hook.md §4.5); with no secret yet, suggest it for Authorization.
  const isBasic = first === undefined ? auth.header.toLowerCase() === "authorization" : /^Basic\s/i.test(first);
  return {
    header: auth.header,
    valueFormat: isBasic
      ? "Basic base64(user:password), including the word “Basic ” and the space"
      : "the secret string itself, exactly as configured in HOOK_AUTH_SECRETS",
    maskedSecret: first === undefined ? null : maskSecret(first),
    secretCount: auth.secrets.length,
    oauth: auth.oauth ?? null,
  };
}
