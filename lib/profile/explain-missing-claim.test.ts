import { describe, expect, it } from "vitest";
import { explainMissingClaim, type MissingClaimInput } from "./explain-missing-claim";
import { findCallForToken } from "./find-call-for-token";
import type { RecordedHookCall } from "./hook-call";

const iat = 1_767_225_600; // 2026-01-01 00:00:00 UTC
const call = (secondsFromIat: number, overrides: Partial<RecordedHookCall> = {}): RecordedHookCall => ({
  occurredAt: new Date((iat + secondsFromIat) * 1000),
  outcome: "patched",
  httpStatus: 200,
  refused: false,
  tokensPatched: ["id"],
  latencyMs: 40,
  ...overrides,
});

const base: MissingClaimInput = {
  claimName: "extPatientId",
  inIdToken: false,
  inAccessToken: false,
  issuer: "http://localhost:3201/oauth2/default",
  login: "rajiv.tal@example.com",
  issuedAt: iat,
  authTime: iat - 4,
  evidence: { isPatient: true, lastCall: null },
};

const kindOf = (input: Partial<MissingClaimInput>) => explainMissingClaim({ ...base, ...input }).kind;

describe("findCallForToken", () => {
  it("accepts a call made around the time the token was issued", () => {
    expect(findCallForToken(call(-2), iat, iat - 10)).not.toBeNull();
    expect(findCallForToken(call(1), iat, iat - 10)).not.toBeNull();
  });

  it("rejects a call made before this sign-in's authentication", () => {
    expect(findCallForToken(call(-20), iat, iat - 10)).toBeNull();
  });

  it("rejects a call far older than the token even within a long single sign-on session", () => {
    expect(findCallForToken(call(-3600), iat, iat - 86_400)).toBeNull();
    expect(findCallForToken(call(-20), iat, iat - 86_400)).not.toBeNull();
  });

  it("cannot match anything when the token has no iat", () => {
    expect(findCallForToken(call(0), undefined, undefined)).toBeNull();
  });
});

describe("explainMissingClaim", () => {
  it("reports the claim as present when the ID token has it", () => {
    expect(kindOf({ inIdToken: true, evidence: null })).toBe("present");
  });

  it("notices a claim that went to the access token only", () => {
    expect(kindOf({ inAccessToken: true })).toBe("access-token-only");
  });

  it("recognises Okta's org authorization server, which never calls token hooks", () => {
    expect(kindOf({ issuer: "https://acme.okta.com" })).toBe("org-authorization-server");
  });

  it("says so when there is no login or no database", () => {
    expect(kindOf({ login: null })).toBe("no-login");
    expect(kindOf({ evidence: null })).toBe("evidence-unavailable");
  });

  it("explains a user who is not a patient, with or without a recorded call", () => {
    expect(kindOf({ evidence: { isPatient: false, lastCall: null } })).toBe("not-a-patient");
    const diagnosis = explainMissingClaim({
      ...base,
      evidence: { isPatient: false, lastCall: call(0, { outcome: "no_patient", httpStatus: 204, tokensPatched: [] }) },
    });
    expect(diagnosis.kind).toBe("not-a-patient");
    expect(diagnosis.title).toMatch(/not in the patient table/);
  });

  it("notices a patient added after this sign-in", () => {
    const lastCall = call(0, { outcome: "no_patient", httpStatus: 204, tokensPatched: [] });
    expect(kindOf({ evidence: { isPatient: true, lastCall } })).toBe("became-patient-since");
  });

  it.each([
    ["lookup_timeout", "hook-timed-out"],
    ["lookup_error", "hook-lookup-failed"],
    ["bad_request", "hook-bad-request"],
    ["no_login", "hook-no-login"],
    ["no_token", "hook-no-token"],
    ["patched", "patch-dropped"],
  ] as const)("explains a %s call made at this sign-in", (outcome, kind) => {
    expect(kindOf({ evidence: { isPatient: true, lastCall: call(0, { outcome }) } })).toBe(kind);
  });

  it("notices an answer that came after Okta stopped waiting", () => {
    const lastCall = call(0, { latencyMs: 3200 });
    expect(kindOf({ evidence: { isPatient: true, lastCall } })).toBe("hook-too-slow");
  });

  it("puts a refusal before the outcome", () => {
    const lastCall = call(0, { outcome: "lookup_error", refused: true });
    expect(kindOf({ evidence: { isPatient: true, lastCall } })).toBe("hook-refused");
  });

  it("says no call was recorded when the patient's last call predates this sign-in", () => {
    const diagnosis = explainMissingClaim({ ...base, evidence: { isPatient: true, lastCall: call(-600) } });
    expect(diagnosis.kind).toBe("no-call-recorded");
    expect(diagnosis.title).toMatch(/You are a patient.*no hook call was recorded for you at this sign-in/);
    expect(diagnosis.details[0]).toMatch(/last call recorded for you was at 2025-12-31 23:50:00 UTC, before this sign-in/);
    expect(diagnosis.causes?.[0]).toMatch(/not attached to the access policy rule/);
  });

  it("says no call was ever recorded for a patient with none", () => {
    const diagnosis = explainMissingClaim(base);
    expect(diagnosis.kind).toBe("no-call-recorded");
    expect(diagnosis.details[0]).toMatch(/No hook call has ever been recorded for you/);
  });

  it("names a database outage, not the policy rule, when a gap in the records covers the sign-in", () => {
    const gaps = [{ firstAt: new Date((iat - 20) * 1000), lastAt: new Date((iat + 15) * 1000), calls: 17, outcomes: { lookup_error: 17 } }];
    const diagnosis = explainMissingClaim({ ...base, evidence: { isPatient: true, lastCall: null, gaps } });
    expect(diagnosis.kind).toBe("calls-not-recorded");
    expect(diagnosis.title).toMatch(/database outage/);
    expect(diagnosis.details[0]).toMatch(/17 hook calls .* 17 Lookup failed/);
    expect(diagnosis.details[1]).toMatch(/could not look patients up/);
    expect(JSON.stringify(diagnosis)).not.toMatch(/access policy rule/);
  });

  it("names the refusal and its reason, not the policy rule, when calls around the sign-in were refused", () => {
    const refusals = [{ reason: "wrong_secret" as const, count: 3 }];
    const diagnosis = explainMissingClaim({ ...base, evidence: { isPatient: true, lastCall: null, refusals } });
    expect(diagnosis.kind).toBe("calls-refused");
    expect(diagnosis.title).toMatch(/refused the call \(401\): wrong secret/);
    expect(diagnosis.details.join(" ")).toMatch(/HOOK_AUTH_SECRETS/);
    expect(JSON.stringify(diagnosis)).not.toMatch(/access policy rule/);
  });

  it("still explains a call recorded at this sign-in by its own outcome, gap or not", () => {
    const gaps = [{ firstAt: new Date((iat - 20) * 1000), lastAt: new Date((iat + 15) * 1000), calls: 2, outcomes: { lookup_error: 2 } }];
    expect(kindOf({ evidence: { isPatient: true, lastCall: call(0, { outcome: "lookup_error" }), gaps } })).toBe("hook-lookup-failed");
  });
});
