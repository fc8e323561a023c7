import { buildClaimResponse } from "@/okta/hook-response/build-claim-response";
import { checkTokenHookResponse, describeVerdict } from "@/okta/hook-response/check-response";
import type { TokenHookRequest, TokenKind } from "@/okta/hook-request/request-schema";
import { describeError } from "@/lib/common/log";
import { lookupFailureAnswer, noContentAnswer, type HookAnswer } from "./hook-answers";
import { resolveLogin } from "./resolve-login";
import { withTimeout } from "@/lib/common/with-timeout";

export type HookSettings = {
  claimName: string;
  claimTokens: TokenKind[];
  lookupTimeoutMs: number;
  failureMode: "open" | "closed";
};

export type FindPatientId = (login: string) => Promise<string | null>;

/** Decides the hook's answer for a parsed Okta request. Never throws. */
export async function answerTokenHook(
  request: TokenHookRequest,
  findPatientId: FindPatientId,
  settings: HookSettings,
): Promise<HookAnswer> {
  const username = resolveLogin(request);
  if (!username) return noContentAnswer("no_login", null);

  const lookup = await withTimeout(() => findPatientId(username), settings.lookupTimeoutMs);
  if (lookup.kind === "timeout") {
    const error = `Lookup exceeded ${settings.lookupTimeoutMs} ms`;
    return lookupFailureAnswer("lookup_timeout", username, error, settings.failureMode);
  }
  if (lookup.kind === "error") {
    return lookupFailureAnswer("lookup_error", username, describeError(lookup.error), settings.failureMode);
  }
  if (lookup.value === null) return noContentAnswer("no_patient", username);

  const response = buildClaimResponse({
    claimName: settings.claimName,
    value: lookup.value,
    tokens: settings.claimTokens,
    request,
  });
  if (!response) return noContentAnswer("no_token", username);

  // Okta drops the whole patch for one bad command (docs/okta-token-hook.md §4.1): never send one it would reject.
  // The document we built is checked as it is, not parsed back from its own JSON.
  const body = JSON.stringify(response);
  const verdict = checkTokenHookResponse({ status: 200, body }, request.data, { value: response });
  if (verdict.outcome !== "patched") {
    return noContentAnswer("no_token", username, `Answer withheld: ${describeVerdict(verdict)}`);
  }
  const tokensPatched: TokenKind[] = (response.commands ?? []).map((command) =>
    command.type === "com.okta.identity.patch" ? "id" : "access",
  );
  return { status: 200, body, event: { outcome: "patched", username, tokensPatched, refused: false, error: null } };
}
