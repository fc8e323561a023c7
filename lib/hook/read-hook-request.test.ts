import { describe, expect, it } from "vitest";
import { readHookRequest } from "./read-hook-request";

/** A body that sends one byte every `everyMs` and never ends, like a slow-loris client. */
function tricklingBody(everyMs: number): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream({
    start(controller) {
      timer = setInterval(() => controller.enqueue(new TextEncoder().encode("{")), everyMs);
    },
    cancel() {
      clearInterval(timer);
    },
  });
}

const post = (body: ReadableStream<Uint8Array> | string) =>
  new Request("http://localhost/api/hooks/token", { method: "POST", body, duplex: "half" } as RequestInit);

describe("readHookRequest's deadline", () => {
  it("answers 408 once the deadline passes while the body is still trickling in, and stops reading", async () => {
    const started = performance.now();
    const result = await readHookRequest(post(tricklingBody(50)), 300);
    const elapsed = performance.now() - started;
    expect(result).toEqual({ ok: false, status: 408, errorSummary: "Request body was not received within 300 ms." });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1000);
  });

  it("leaves a body that arrives in time alone", async () => {
    const result = await readHookRequest(post("[]"), 300);
    expect(result).toMatchObject({ ok: false, status: 400, errorSummary: "Request body must be a JSON object." });
  });
});
