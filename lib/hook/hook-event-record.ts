import type { HookAnswer } from "./hook-answers";

/** One hook call as hook_events stores it. */
export type HookEventRecord = HookAnswer["event"] & {
  eventId: string | null;
  /** When the call arrived (not when its row was written). */
  occurredAt: Date;
  httpStatus: number;
  latencyMs: number;
};
