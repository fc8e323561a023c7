import { MAX_RESPONSE_BYTES } from "@/okta/hook-response/check-response";
import type { TokenKind } from "@/okta/hook-request/request-schema";
import type { HookRequest } from "./hook-request-schema";
import { describeError } from "@/lib/common/log";
import { lookupFailureAnswer, noContentAnswer, type HookAnswer } from "./hook-answers";
import { resolveLogin } from "./resolve-login";
import { withTimeout } from "@/lib/common/with-timeout";
import { claimAnswer } from "./claim-answer-template";

export type HookSettings = {
  claimName: string;
  claimTokens: TokenKind[];
  lookupTimeoutMs: number;
  failureMode: "open" | "closed";
};

export type FindPatientId = (login: string) => Promise<string | null>;

/** Decides the hook's answer for a parsed Okta request. Never throws. */
export async function answerTokenHook(
  request: HookRequest,
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

  // docs/okta-token-hook.md §3.2: a command only for a token Okta is minting in this request.
  const minting = { identity: Boolean(request.data.identity), access: Boolean(request.data.access) };
  const answer = claimAnswer(settings, minting, lookup.value);
  if (!answer) return noContentAnswer("no_token", username);

  // Okta drops the whole patch for one bad command (docs/okta-token-hook.md §4.1). This one cannot
  // be bad: one `add` per token Okta is minting (§3.2) of a claim name checked against the reserved
  // ones at start (§3.3; lib/config/env.ts), its text built once by the Okta module's builder
  // (claim-answer-template.ts); the property tests hold it to Okta's full rules
  // (okta/hook-response/check-response.ts). Only the size depends on the data (§3.1): a patient ID
  // put straight into the database is not length-checked.
  if (Buffer.byteLength(answer.body) >= MAX_RESPONSE_BYTES) {
    return noContentAnswer("no_token", username, `Answer withheld: it is not less than ${MAX_RESPONSE_BYTES / 1024} KB`);
  }
  return { status: 200, body: answer.body, event: { outcome: "patched", username, tokensPatched: answer.tokensPatched, refused: false, error: null } };
}
