import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkTokenHookResponse } from "@/okta/hook-response/check-response";
import { isReservedClaim } from "@/okta/hook-response/reserved-claims";
import { anyClaimName, anyLogin, mutatedSample, oktaSample, toBodyText } from "@/tests/support/hook-arbitraries";
import { answerTokenHook, type FindPatientId, type HookSettings } from "./answer-token-hook";
import { readHookRequest } from "./read-hook-request";
import { normalizeLogin } from "./resolve-login";

type Lookup = "found" | "none" | "throws" | "hangs";

// What start-up lets through: a claim name reserved in a configured token stops the app (lib/config/env.ts).
const settingsArb = fc
  .record({
    claimName: anyClaimName,
    claimTokens: fc.constantFrom<HookSettings["claimTokens"]>(["id"], ["access"], ["id", "access"]),
    // Tiny budget: "hangs" costs this much per case, and the unit run must stay fast.
    lookupTimeoutMs: fc.constant(2),
    failureMode: fc.constantFrom<HookSettings["failureMode"]>("open", "closed"),
  })
  .filter((settings) => !settings.claimTokens.some((token) => isReservedClaim(settings.claimName, token)));
const lookupArb = fc.constantFrom<Lookup>("found", "found", "found", "found", "found", "none", "none", "throws", "throws", "hangs");
const patientIdArb = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });

function lookupOf(kind: Lookup, patientId: string): FindPatientId {
  if (kind === "found") return async () => patientId;
  if (kind === "none") return async () => null;
  if (kind === "throws") return async () => Promise.reject(new Error("connection refused"));
  return () => new Promise(() => {});
}

/** The route's path for a body: read it as the route does, then answer. */
async function answerBody(body: unknown, find: FindPatientId, settings: HookSettings) {
  const read = await readHookRequest(new Request("http://localhost/", { method: "POST", body: toBodyText(body) }));
  if (!read.ok) return { read, answer: null };
  return { read, answer: await answerTokenHook(read.request, find, settings) };
}

// 4,000 + 2,000 + 2,000 here, 3,500 in read-hook-request.property.test.ts: over 10,000 per run.
describe("answerTokenHook under hostile requests and settings (property)", () => {
  it("never throws nor 5xx; every 200 is one Okta applies (or, failing closed, an error object)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample, settingsArb, lookupArb, patientIdArb, async (body, settings, kind, patientId) => {
        const { read, answer } = await answerBody(body, lookupOf(kind, patientId), settings);
        if (!read.ok || !answer) return;
        expect([200, 204]).toContain(answer.status);
        if (answer.status === 204) {
          expect(answer.body).toBeNull();
          return;
        }
        const verdict = checkTokenHookResponse({ status: 200, body: answer.body ?? "" }, read.request.data);
        const failed = kind === "throws" || kind === "hangs";
        expect(verdict.outcome).toBe(failed ? "error" : "patched");
        if (failed) expect(settings.failureMode).toBe("closed");
      }),
      { numRuns: 4_000 },
    );
  }, 60_000);

  it("puts the patient ID under exactly the configured claim name, escaped as a JSON pointer", async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, patientIdArb, async (settings, patientId) => {
        const { read, answer } = await answerBody(oktaSample(), async () => patientId, settings);
        if (!read.ok || !answer) throw new Error("Okta's sample must be accepted");
        expect(answer.status).toBe(200);
        const verdict = checkTokenHookResponse({ status: 200, body: answer.body ?? "" }, read.request.data);
        if (verdict.outcome !== "patched") throw new Error(`not applied: ${JSON.stringify(verdict)}`);
        for (const token of settings.claimTokens) {
          const claims = (token === "id" ? verdict.identity : verdict.access)?.claims ?? {};
          expect(Object.getOwnPropertyDescriptor(claims, settings.claimName)?.value).toBe(patientId);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("matches any Unicode login only as its trimmed, lower-cased self", async () => {
    await fc.assert(
      fc.asyncProperty(anyLogin, fc.boolean(), async (login, isPatient) => {
        const body = oktaSample() as { data: { context: { user: { profile: { login: string } } } } };
        body.data.context.user.profile.login = login;
        const stored = normalizeLogin(login);
        const find: FindPatientId = async (asked) => (isPatient && asked === stored ? "P-1" : null);
        const { read, answer } = await answerBody(body, find, {
          claimName: "extPatientId",
          claimTokens: ["id"],
          lookupTimeoutMs: 50,
          failureMode: "open",
        });
        if (!read.ok || !answer) throw new Error("a string login must be accepted");
        // A blank login falls back to preferred_username (the sample's administrator), never a patient.
        const expected = isPatient && stored !== "" ? 200 : 204;
        expect(answer.status).toBe(expected);
        if (expected === 200) expect(answer.event.username).toBe(stored);
      }),
      { numRuns: 2_000 },
    );
  });
});
