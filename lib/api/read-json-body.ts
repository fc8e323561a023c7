import { problem, type Problem } from "./problem";

/** 10,000 bulk operations at their longest fields come to about 4 MB. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; problem: Problem };

const JSON_TYPES = /^application\/(json|merge-patch\+json)\s*(;|$)/i;

/**
 * The request's JSON body: 415 for another media type, 413 past MAX_BODY_BYTES (counted as it
 * arrives, whatever Content-Length says), 400 for text that is not JSON.
 */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  if (!JSON_TYPES.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, problem: problem("unsupported-media-type", "Send the body as application/json.") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES || !request.body) {
    return declared > MAX_BODY_BYTES ? { ok: false, problem: tooLarge() } : { ok: false, problem: problem("bad-request", "The body is empty.") };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return { ok: false, problem: tooLarge() };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, problem: problem("bad-request", text.trim() ? "The body is not valid JSON." : "The body is empty.") };
  }
}

const tooLarge = () => problem("too-large", `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send at most 10,000 operations per request.`);
