type OktaError = { status: number; errorCode: string; errorSummary: string; errorCauses?: { errorSummary?: string }[]; url?: string };

const isOktaError = (error: unknown): error is OktaError =>
  typeof error === "object" && error !== null && "errorCode" in error && "errorSummary" in error && "status" in error;

// What to do about the errors people meet first (Okta's own text comes before the hint).
const HINTS: Record<string, string> = {
  E0000011: "Check OKTA_API_TOKEN: create one in the Admin Console under Security > API > Tokens.",
  E0000006: "The API token acts with its creator's admin role, which may not manage inline hooks and authorization servers: create the token as a Super Administrator (see README, Automate with okta:setup).",
  E0000007: "Check --auth-server: it takes the authorization server's id (Security > API > Authorization Servers), e.g. default.",
  E0000015: "This org lacks API Access Management (custom authorization servers); token inline hooks need it.",
};

/**
 * One message for a failed run: Okta's errorSummary and errorCauses as Okta sent them, with the
 * call that failed, or the network error. Any occurrence of `secret` is masked.
 */
export function describeError(error: unknown, secret: string): string {
  let text: string;
  if (isOktaError(error)) {
    const causes = (error.errorCauses ?? []).map((cause) => cause.errorSummary).filter(Boolean);
    const where = error.url ? ` (${new URL(error.url).pathname})` : "";
    text = [
      `Okta refused the request${where}: HTTP ${error.status} ${error.errorCode}: ${error.errorSummary}`,
      ...causes.map((cause) => `  - ${cause}`),
      ...(HINTS[error.errorCode] ? [HINTS[error.errorCode]] : []),
    ].join("\n");
  } else {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    text = `${error instanceof Error ? error.message : String(error)}${cause}`;
  }
  return secret ? text.replaceAll(secret, "********") : text;
}
