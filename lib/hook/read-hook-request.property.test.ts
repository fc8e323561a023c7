import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyBodyText, deepNesting, hugeString } from "@/tests/support/hook-arbitraries";
import { MAX_HOOK_REQUEST_BYTES, readHookRequest } from "./read-hook-request";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/hooks/token", { method: "POST", body, headers });

// Case counts are part of the bar (≥ 10,000 per run across the hook's property tests).
const READ_RUNS = 3_000;

describe("readHookRequest under hostile bodies (property)", () => {
  it("never throws, and refuses with 400/413 and a summary whenever it does not accept", async () => {
    await fc.assert(
      fc.asyncProperty(anyBodyText, async (text) => {
        const result = await readHookRequest(post(text));
        if (result.ok) {
          expect(result.request.eventType).toBe("com.okta.oauth2.tokens.transform");
          expect(typeof result.request.eventId).toBe("string");
          return;
        }
        expect([400, 413]).toContain(result.status);
        expect(result.errorSummary).toMatch(/\S/);
        if (Buffer.byteLength(text) > MAX_HOOK_REQUEST_BYTES) expect(result.status).toBe(413);
      }),
      { numRuns: READ_RUNS },
    );
  });

  it("refuses an oversized body as 413 whatever content-length claims (streamed, not buffered)", async () => {
    await fc.assert(
      fc.asyncProperty(hugeString, fc.constantFrom(undefined, "10", "0", "-1", "abc"), async (text, length) => {
        fc.pre(Buffer.byteLength(text) > MAX_HOOK_REQUEST_BYTES);
        const result = await readHookRequest(post(text, length === undefined ? {} : { "content-length": length }));
        expect(result).toMatchObject({ ok: false, status: 413 });
      }),
      { numRuns: 200 },
    );
  });

  it("answers deep nesting inside the limit as a plain 400, not a stack overflow", async () => {
    await fc.assert(
      fc.asyncProperty(deepNesting, async (text) => {
        const result = await readHookRequest(post(text));
        expect(result.ok).toBe(false);
        if (!result.ok) expect([400, 413]).toContain(result.status);
      }),
      { numRuns: 300 },
    );
  });
});
