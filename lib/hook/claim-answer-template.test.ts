import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildClaimResponse } from "@/okta/hook-response/build-claim-response";
import type { TokenKind } from "@/okta/hook-request/request-schema";
import { anyClaimName } from "@/tests/support/hook-arbitraries";
import { claimAnswer } from "./claim-answer-template";

const tokensArb = fc.constantFrom<TokenKind[]>(["id"], ["access"], ["id", "access"]);
// Names that put the template's hole ("\u0000" quoted) or quotes into the answer's own text.
const trickyName = fc.constantFrom('"\u0000"', '\u0000', 'a"\u0000"b', "ext/Patient~Id", '\\"\u0000\\"');

describe("claimAnswer (the answer's constant text built once)", () => {
  it("is, byte for byte, the builder's answer serialised, for any name, value and tokens minted", () => {
    fc.assert(
      fc.property(fc.oneof(anyClaimName, trickyName), tokensArb, fc.boolean(), fc.boolean(), fc.string({ unit: "binary" }), (claimName, claimTokens, identity, access, patientId) => {
        // A new settings object per case: templates are kept per settings object.
        const settings = { claimName, claimTokens };
        const expected = buildClaimResponse({ claimName, value: patientId, tokens: claimTokens, request: { data: { identity, access } } });
        const answer = claimAnswer(settings, { identity, access }, patientId);
        if (!expected) {
          expect(answer).toBeNull();
          return;
        }
        expect(answer?.body).toBe(JSON.stringify(expected));
        expect(answer?.tokensPatched).toEqual(expected.commands?.map((command) => (command.type === "com.okta.identity.patch" ? "id" : "access")));
      }),
      { numRuns: 3_000 },
    );
  });

  it("reuses the text for every call with the same settings", () => {
    const settings = { claimName: "extPatientId", claimTokens: ["id", "access"] as TokenKind[] };
    expect(claimAnswer(settings, { identity: true, access: true }, "6789")?.body).toBe(
      '{"commands":[{"type":"com.okta.identity.patch","value":[{"op":"add","path":"/claims/extPatientId","value":"6789"}]},' +
        '{"type":"com.okta.access.patch","value":[{"op":"add","path":"/claims/extPatientId","value":"6789"}]}]}',
    );
    expect(claimAnswer(settings, { identity: false, access: true }, 'a"b')?.body).toBe(
      '{"commands":[{"type":"com.okta.access.patch","value":[{"op":"add","path":"/claims/extPatientId","value":"a\\"b"}]}]}',
    );
    expect(claimAnswer(settings, { identity: false, access: false }, "6789")).toBeNull();
  });
});
