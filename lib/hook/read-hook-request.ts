import { formatZodError, TOKEN_HOOK_EVENT_TYPE } from "@/okta/hook-request/request-schema";
import { hookRequestSchema, type HookRequest } from "./hook-request-schema";

/** Okta's token hook requests are a few KB; anything far larger is not Okta. */
export const MAX_HOOK_REQUEST_BYTES = 64 * 1024;

export type ReadHookRequestResult =
  | { ok: true; request: HookRequest }
  | { ok: false; status: 400 | 413; errorSummary: string };

const tooLarge = {
  ok: false,
  status: 413,
  errorSummary: `Request body is larger than ${MAX_HOOK_REQUEST_BYTES / 1024} KB.`,
} as const;

/** Reads at most MAX_HOOK_REQUEST_BYTES, stopping early instead of buffering a huge body. */
async function readLimitedText(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_HOOK_REQUEST_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_HOOK_REQUEST_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}

/** Body → Okta token hook request, or the 400/413 answer that says what is wrong. */
export async function readHookRequest(request: Request): Promise<ReadHookRequestResult> {
  const text = await readLimitedText(request);
  if (text === null) return tooLarge;
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
