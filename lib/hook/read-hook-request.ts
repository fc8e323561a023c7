import { formatZodError, TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import { hookRequestSchema, type HookRequest } from "./hook-request-schema";

/** Okta's token hook requests are a few KB; anything far larger is not Okta. */
export const MAX_HOOK_REQUEST_BYTES = 64 * 1024;

export type ReadHookRequestResult =
  | { ok: true; request: HookRequest }
  | { ok: false; status: 400 | 408 | 413; errorSummary: string };

/** Used when no deadline is given (tests); the route passes HOOK_LOOKUP_TIMEOUT_MS. */
const DEFAULT_BODY_DEADLINE_MS = 2000;

const tooLarge = {
  ok: false,
  status: 413,
  errorSummary: `Request body is larger than ${MAX_HOOK_REQUEST_BYTES / 1024} KB.`,
} as const;

const tooSlow = (deadlineMs: number) =>
  ({ ok: false, status: 408, errorSummary: `Request body was not received within ${deadlineMs} ms.` }) as const;

/**
 * Reads at most MAX_HOOK_REQUEST_BYTES before `deadlineMs` has passed, stopping early instead of
 * buffering a huge body or waiting on a slow one ("too-large" / "too-slow"). A body that trickles
 * in (one byte a second) would otherwise hold the request long after Okta gave up at 3 s
 * (docs/okta-token-hook.md §4.2). Waiting costs a timer, never the event loop or a database
 * connection: the lookup starts only once the whole body is here.
 */
async function readLimitedText(request: Request, deadlineMs: number): Promise<string | "too-large" | "too-slow"> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_HOOK_REQUEST_BYTES) return "too-large";
  if (!request.body) return "";
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<"too-slow">((resolve) => {
    timer = setTimeout(() => resolve("too-slow"), deadlineMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === "too-slow" || size + (next.value?.byteLength ?? 0) > MAX_HOOK_REQUEST_BYTES) {
        // Not awaited: a stalled sender must not hold this request any longer.
        reader.cancel().catch(() => undefined);
        return next === "too-slow" ? "too-slow" : "too-large";
      }
      if (next.done) break;
      size += next.value.byteLength;
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}

/** Body → Okta token hook request, or the 400/408/413 answer that says what is wrong. */
export async function readHookRequest(request: Request, deadlineMs = DEFAULT_BODY_DEADLINE_MS): Promise<ReadHookRequestResult> {
  const text = await readLimitedText(request, deadlineMs);
  if (text === "too-large") return tooLarge;
  if (text === "too-slow") return tooSlow(deadlineMs);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, errorSummary: "Request body is not valid JSON." };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, status: 400, errorSummary: "Request body must be a JSON object." };
  }
  const { eventType } = json as { eventType?: unknown };
  if (eventType !== TOKEN_HOOK_EVENT_TYPE) {
    // Another inline hook type pointed at this URL is the likeliest mistake: name it plainly.
    return { ok: false, status: 400, errorSummary: `eventType must be "${TOKEN_HOOK_EVENT_TYPE}".` };
  }
  const parsed = hookRequestSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, status: 400, errorSummary: `Not an Okta token hook request: ${formatZodError(parsed.error)}` };
  }
  return { ok: true, request: parsed.data };
}
