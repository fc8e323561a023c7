import { describe, expect, it } from "vitest";
import { checkTokenHookResponse } from "@/okta/hook-response/check-response";
import { listClaimChanges } from "./list-claim-changes";

const tokens = {
  identity: { claims: { sub: "00u1", locale: "en_US", nickname: "Kim" } },
  access: { claims: { sub: "kim.sato@example.com" } },
};
const answer = (commands: unknown) => checkTokenHookResponse({ status: 200, body: JSON.stringify({ commands }) }, tokens);

describe("listClaimChanges", () => {
  it("lists the claim the hook adds to each token, as Okta would apply it", () => {
    const add = { op: "add", path: "/claims/extPatientId", value: "6789" };
    const verdict = answer([
      { type: "com.okta.identity.patch", value: [add] },
      { type: "com.okta.access.patch", value: [add] },
    ]);
    expect(listClaimChanges(verdict, tokens)).toEqual([
      { token: "ID token", claim: "extPatientId", value: "6789", previous: null },
      { token: "Access token", claim: "extPatientId", value: "6789", previous: null },
    ]);
  });

  it("shows replaced and removed claims with their previous values, and leaves unchanged ones out", () => {
    const verdict = answer([
      {
        type: "com.okta.identity.patch",
        value: [
          { op: "replace", path: "/claims/locale", value: "ja_JP" },
          { op: "remove", path: "/claims/nickname" },
          { op: "add", path: "/claims/sub", value: "00u1" },
        ],
      },
    ]);
    // The last op is invalid (sub is reserved in ID tokens), so Okta drops the whole patch.
    expect(verdict.outcome).toBe("rejected");
    expect(listClaimChanges(verdict, tokens)).toEqual([]);
    const valid = answer([
      {
        type: "com.okta.identity.patch",
        value: [
          { op: "replace", path: "/claims/locale", value: "ja_JP" },
          { op: "remove", path: "/claims/nickname" },
        ],
      },
    ]);
    expect(listClaimChanges(valid, tokens)).toEqual([
      { token: "ID token", claim: "locale", value: "ja_JP", previous: "en_US" },
      { token: "ID token", claim: "nickname", value: null, previous: "Kim" },
    ]);
  });

  it("is empty for a 204 or when there is no verdict", () => {
    expect(listClaimChanges(checkTokenHookResponse({ status: 204, body: "" }, tokens), tokens)).toEqual([]);
    expect(listClaimChanges(undefined, tokens)).toEqual([]);
  });
});
