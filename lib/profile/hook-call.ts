// Type only: the schema's enum, so a new outcome fails the exhaustive switch in explain-recorded-call.
import type { HookOutcome, HookRefusalReason } from "@/generated/prisma/enums";

/** What the hook recorded about one call (the HookEvent row, minus what the page must not show). */
export interface RecordedHookCall {
  occurredAt: Date;
  outcome: HookOutcome;
  httpStatus: number;
  refused: boolean;
  tokensPatched: readonly string[];
  latencyMs: number;
}

/** What the app can know from its own database about why a user's token lacks the claim. */
export interface ClaimEvidence {
  isPatient: boolean;
  /** The latest call recorded for this login, up to CALL_MATCH_SECONDS after the token was issued. */
  lastCall: RecordedHookCall | null;
  /** Outage windows around the token's issue time: calls answered but not recorded (hook_event_gaps). */
  gaps?: UnrecordedWindow[];
  /** Calls refused (401) around the token's issue time, by reason (no login is kept for them). */
  refusals?: { reason: HookRefusalReason; count: number }[];
}

/** A stated gap in the records: how many calls, with which outcomes, between which times. */
export interface UnrecordedWindow {
  firstAt: Date;
  lastAt: Date;
  calls: number;
  outcomes: Record<string, number>;
}

/**
 * Okta calls the hook just before it mints the token, and the hook records the call just after
 * answering, so a call for this token lies within seconds of `iat`. 30 s also absorbs clock skew
 * between Okta and this server without reaching back to an earlier sign-in.
 */
export const CALL_MATCH_SECONDS = 30;

/** Okta stops waiting for a token hook after 3 seconds and goes on without its answer. */
export const OKTA_HOOK_TIMEOUT_MS = 3000;
