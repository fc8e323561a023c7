import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildClaimResponse } from "./build-claim-response";
import { checkTokenHookResponse } from "./check-response";
import { tokenHookRequestSchema, type TokenHookRequest, type TokenKind } from "../hook-request/request-schema";
import { isReservedClaim } from "./reserved-claims";
import type { JsonValue } from "./response-types";

// Okta's own sample payloads (okta/fixtures/README.md says where each came from), never edited.
const fixture = readFileSync(
  new URL("../fixtures/requests/devdocs-reference-sample-2024-01.json", import.meta.url),
  "utf8",
);

/** The sample request, minting only the given tokens (Okta omits the others, docs/okta-token-hook.md §2.3). */
function requestMinting(minted: { identity: boolean; access: boolean }): TokenHookRequest {
  const request = tokenHookRequestSchema.parse(JSON.parse(fixture));
  if (!minted.identity) delete request.data.identity;
  if (!minted.access) delete request.data.access;
  return request;
}
const both = requestMinting({ identity: true, access: true });
const add = (path: string, value: unknown) => [{ op: "add", path, value }];

describe("buildClaimResponse", () => {
  it("adds the claim to the ID token only", () => {
    expect(buildClaimResponse({ claimName: "extPatientId", value: "P-1", tokens: ["id"], request: both })).toEqual({
      commands: [{ type: "com.okta.identity.patch", value: add("/claims/extPatientId", "P-1") }],
    });
  });

  it("adds the claim to the access token only", () => {
    expect(buildClaimResponse({ claimName: "extPatientId", value: "P-1", tokens: ["access"], request: both })).toEqual({
      commands: [{ type: "com.okta.access.patch", value: add("/claims/extPatientId", "P-1") }],
    });
  });

  it("adds the claim to both tokens", () => {
    expect(buildClaimResponse({ claimName: "extPatientId", value: "P-1", tokens: ["id", "access"], request: both })).toEqual({
      commands: [
        { type: "com.okta.identity.patch", value: add("/claims/extPatientId", "P-1") },
        { type: "com.okta.access.patch", value: add("/claims/extPatientId", "P-1") },
      ],
    });
  });

  it("leaves out tokens Okta is not minting", () => {
    const idOnly = requestMinting({ identity: true, access: false });
    const accessOnly = requestMinting({ identity: false, access: true });
    expect(buildClaimResponse({ claimName: "c", value: 1, tokens: ["id", "access"], request: idOnly })?.commands).toEqual([
      { type: "com.okta.identity.patch", value: add("/claims/c", 1) },
    ]);
    expect(buildClaimResponse({ claimName: "c", value: 1, tokens: ["access"], request: idOnly })).toBeNull();
    expect(buildClaimResponse({ claimName: "c", value: 1, tokens: ["id"], request: accessOnly })).toBeNull();
    expect(buildClaimResponse({ claimName: "c", value: 1, tokens: [], request: both })).toBeNull();
    const neither = requestMinting({ identity: false, access: false });
    expect(buildClaimResponse({ claimName: "c", value: 1, tokens: ["id", "access"], request: neither })).toBeNull();
  });

  it("escapes URI claim names, and Okta's rules read them back", () => {
    const claimName = "http://example.com/claims/patient~id";
    const response = buildClaimResponse({ claimName, value: "P-1", tokens: ["id"], request: both });
    expect(response?.commands?.[0]?.value[0]?.path).toBe("/claims/http:~1~1example.com~1claims~1patient~0id");
    const verdict = checkTokenHookResponse({ status: 200, body: JSON.stringify(response) }, both.data);
    expect(verdict.outcome === "patched" && verdict.identity?.claims[claimName]).toBe("P-1");
  });

  it("produces answers Okta applies, for any non-reserved name, value and token choice", () => {
    const claimName = fc
      .string({ unit: "binary", minLength: 1 })
      .filter((name) => !isReservedClaim(name, "id") && !isReservedClaim(name, "access"));
    const tokens = fc.subarray<TokenKind>(["id", "access"]);
    const minted = fc.record({ identity: fc.boolean(), access: fc.boolean() });
    // fast-check types object members as optional; the values are plain JSON all the same.
    const value = fc.jsonValue().map((json) => json as JsonValue);
    fc.assert(
      fc.property(claimName, value, tokens, minted, (name, value, wanted, mint) => {
        const request = requestMinting(mint);
        const response = buildClaimResponse({ claimName: name, value, tokens: wanted, request });
        const expectId = wanted.includes("id") && mint.identity;
        const expectAccess = wanted.includes("access") && mint.access;
        if (!expectId && !expectAccess) {
          expect(response).toBeNull();
          return;
        }
        const verdict = checkTokenHookResponse({ status: 200, body: JSON.stringify(response) }, request.data);
        if (verdict.outcome !== "patched") throw new Error(`not applied: ${JSON.stringify(verdict)}`);
        const sent = JSON.parse(JSON.stringify(value));
        expect(verdict.identity && verdict.identity.claims[name]).toEqual(expectId ? sent : undefined);
        expect(verdict.access && verdict.access.claims[name]).toEqual(expectAccess ? sent : undefined);
      }),
    );
  });
});
