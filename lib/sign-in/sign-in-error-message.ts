import { REFUSAL_ERROR_TYPE, type OktaRefusal } from "./okta-token-refusal";

/**
 * Auth.js sends failed sign-ins back with `?error=<type>`; users get a sentence, never the type
 * alone or a stack trace. Unknown or missing types get the generic message. Okta's own refusal
 * (`OktaRefused`) is told in Okta's words when its cookie is still there.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  Configuration: "Sign-in is not set up correctly on the server. The server log says what is missing.",
  AccessDenied: "Okta did not allow this sign-in.",
  OAuthSignInError: "Could not start signing in with Okta. Check that Okta is reachable and try again.",
  OAuthCallbackError: "Okta's answer could not be verified. Please try again.",
  CallbackRouteError: "Okta's answer could not be verified. Please try again.",
  InvalidCheck: "The sign-in took too long or was started in another tab. Please try again.",
  [REFUSAL_ERROR_TYPE]: "Okta refused to issue your tokens. Please try again later.",
};

export function signInErrorMessage(type: string | undefined, refusal: OktaRefusal | null = null): string | null {
  if (!type) return null;
  if (type === REFUSAL_ERROR_TYPE && refusal) {
    // Okta's description is a sentence of its own (often "…Please try again later."): quoted as
    // it is, never followed by our own advice a second time.
    if (refusal.description) return `Okta refused to issue your tokens (${refusal.error}). Okta said: “${refusal.description.trim()}”`;
    return `Okta refused to issue your tokens (${refusal.error}). Please try again later.`;
  }
  return MESSAGES[type] ?? "Sign-in failed. Please try again.";
}
