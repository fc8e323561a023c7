import { describe, expect, it } from "vitest";
import { judgeHookAnswer, judgeHookCall, withLookupOutcome } from "./judge-hook-answer";

const tokens = { identity: { claims: { sub: "00u1" } }, access: { claims: { sub: "kim.sato@example.com" } } };
const patch = (type: string) =>
  JSON.stringify({ commands: [{ type, value: [{ op: "add", path: "/claims/extPatientId", value: "6789" }] }] });

describe("judgeHookAnswer", () => {
  it("accepts a valid patch and says which token it patches", () => {
    const judgement = judgeHookAnswer({ status: 200, body: patch("com.okta.identity.patch") }, tokens);
    expect(judgement).toMatchObject({ accepted: true, outcome: "patched", headline: expect.stringMatching(/^Okta would accept/) });
    expect(judgement.detail).toContain("ID token");
  });

  it("accepts 204 as no change, and an error object as a refusal", () => {
    expect(judgeHookAnswer({ status: 204, body: "" }, tokens)).toMatchObject({ accepted: true, outcome: "unchanged" });
    const refused = judgeHookAnswer({ status: 200, body: '{"error":{"errorSummary":"down"}}' }, tokens);
    expect(refused).toMatchObject({ accepted: true, outcome: "error", headline: expect.stringContaining("refuse") });
  });

  it("does not accept a 401, or a patch for a token Okta is not minting", () => {
    expect(judgeHookAnswer({ status: 401, body: "" }, tokens)).toMatchObject({ accepted: false, outcome: "skipped" });
    const idOnly = { identity: tokens.identity };
    const rejected = judgeHookAnswer({ status: 200, body: patch("com.okta.access.patch") }, idOnly);
    expect(rejected).toMatchObject({ accepted: false, outcome: "rejected" });
    expect(rejected.detail).toContain("not requested");
  });
});

describe("judgeHookCall", () => {
  it("judges an answer like judgeHookAnswer", () => {
    const call = { kind: "response" as const, status: 200, body: patch("com.okta.identity.patch"), durationMs: 12 };
    expect(judgeHookCall(call, tokens)).toMatchObject({ accepted: true, outcome: "patched" });
  });

  it("says Okta goes on without the hook, and does not retry, when no answer came", () => {
    expect(judgeHookCall({ kind: "timeout", durationMs: 3001 }, tokens)).toMatchObject({
      accepted: false,
      headline: "Okta would give up after 3 s.",
      detail: expect.stringContaining("not retried"),
    });
    const failed = judgeHookCall({ kind: "failed", reason: "connect ECONNREFUSED 127.0.0.1:3000", durationMs: 2 }, tokens);
    expect(failed).toMatchObject({ accepted: false, headline: expect.stringContaining("ECONNREFUSED") });
  });
});

describe("withLookupOutcome", () => {
  it("says the lookup failed instead of an ordinary 'tokens stay as they are'", () => {
    const judgement = withLookupOutcome(judgeHookAnswer({ status: 204, body: "" }, tokens), "lookup_error");
    expect(judgement.headline).toBe("The hook's patient lookup failed: Okta would accept this answer, and the tokens get no claim.");
    expect(judgement.lookupFailed).toBe(true);
    expect(judgement.detail).toMatch(/database is unavailable/);
    const closed = withLookupOutcome(judgeHookAnswer({ status: 200, body: '{"error":{"errorSummary":"down"}}' }, tokens), "lookup_timeout");
    expect(closed.headline).toMatch(/lookup failed: Okta would refuse/);
  });

  it("leaves a working lookup's verdict alone", () => {
    const judgement = judgeHookAnswer({ status: 204, body: "" }, tokens);
    expect(withLookupOutcome(judgement, "no_patient")).toBe(judgement);
    expect(withLookupOutcome(judgement, null)).toBe(judgement);
  });
});
