import { randomUUID } from "node:crypto";
import type { HookRun } from "@/okta/caller/run-token-hook";

/** The subset of Okta's System Log event (LogEvent) that the local Okta fills in. */
export type SystemLogEvent = {
  uuid: string;
  published: string;
  eventType: "inline_hook.executed" | "inline_hook.response.processed";
  version: "0";
  severity: "INFO" | "WARN";
  displayMessage: string;
  actor: { id: string; type: "User" | "PublicClientApp"; alternateId: string; displayName: string };
  outcome: { result: "SUCCESS" | "FAILURE"; reason: string | null };
  target: { id: string; type: "InlineHook"; alternateId: string; displayName: string }[];
  // Okta's debugData values are strings; the hook's own debugContext arrives as JSON text.
  debugContext: { debugData: Record<string, string> };
  transaction: { type: "WEB"; id: string };
};

export type SystemLog = {
  recordHookRun(run: HookRun, actor: { type: SystemLogEvent["actor"]["type"]; id: string; login: string; displayName: string }): SystemLogEvent;
  /** Newest first. */
  list(limit?: number): SystemLogEvent[];
};

/** How the call ended, in the words the log page shows. */
function describeRun(run: HookRun): { failedExecution: boolean; success: boolean; reason: string | null } {
  const { call, verdict } = run;
  if (call.kind === "timeout") return { failedExecution: true, success: false, reason: `no response within ${call.durationMs} ms` };
  if (call.kind === "failed") return { failedExecution: true, success: false, reason: call.reason };
  if (call.status !== 200 && call.status !== 204) {
    return { failedExecution: true, success: false, reason: `HTTP ${call.status}` };
  }
  switch (verdict?.outcome) {
    case "patched":
      return { failedExecution: false, success: true, reason: null };
    case "unchanged":
      return { failedExecution: false, success: true, reason: verdict.reason };
    case "skipped":
      return { failedExecution: false, success: false, reason: verdict.reason };
    case "rejected":
      return { failedExecution: false, success: false, reason: verdict.reasons.join("; ") };
    case "error":
      return { failedExecution: false, success: false, reason: `error: ${verdict.errorSummary}` };
    default:
      return { failedExecution: false, success: false, reason: "no verdict" };
  }
}

function requestIdOf(run: HookRun): string {
  const request = (run.request.data.context as { request?: { id?: unknown } } | undefined)?.request;
  return typeof request?.id === "string" ? request.id : run.request.eventId;
}

/**
 * Okta's System Log for hook calls, in memory (newest first, at most `capacity` events).
 * docs/okta-token-hook.md §4.4: `inline_hook.executed` fires when the execution is unsuccessful (no answer,
 * non-200); `inline_hook.response.processed` when Okta processed an answer, even unsuccessfully,
 * and carries the hook's `debugContext`. Request headers are never recorded: no secrets here.
 */
export function createSystemLog(capacity = 500): SystemLog {
  const events: SystemLogEvent[] = [];
  return {
    recordHookRun(run, actor) {
      const { failedExecution, success, reason } = describeRun(run);
      const debugContext = run.verdict?.outcome === "patched" ? run.verdict.debugContext : undefined;
      const event: SystemLogEvent = {
        uuid: randomUUID(),
        published: new Date().toISOString(),
        eventType: failedExecution ? "inline_hook.executed" : "inline_hook.response.processed",
        version: "0",
        severity: success ? "INFO" : "WARN",
        displayMessage: failedExecution ? "Inline hook execution failed" : "Inline hook response processed",
        actor: { id: actor.id, type: actor.type, alternateId: actor.login, displayName: actor.displayName },
        outcome: { result: success ? "SUCCESS" : "FAILURE", reason },
        target: [{ id: run.hook.id, type: "InlineHook", alternateId: run.hook.channel.config.uri, displayName: run.hook.name }],
        debugContext: {
          debugData: {
            eventId: run.request.eventId,
            requestUri: String(run.request.source ?? ""),
            durationMs: String(run.call.durationMs),
            ...(run.call.kind === "response" ? { httpStatus: String(run.call.status) } : {}),
            ...(run.verdict ? { verdict: run.verdict.outcome } : {}),
            ...(debugContext !== undefined ? { debugContext: JSON.stringify(debugContext) } : {}),
          },
        },
        transaction: { type: "WEB", id: requestIdOf(run) },
      };
      events.unshift(event);
      events.length = Math.min(events.length, capacity);
      return event;
    },
    list: (limit = capacity) => events.slice(0, limit),
  };
}
