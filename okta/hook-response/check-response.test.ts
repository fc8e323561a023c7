import { describe, expect, it } from "vitest";
import { checkTokenHookResponse, describeVerdict, MAX_RESPONSE_BYTES, type HookTokens } from "./check-response";

const tokens: HookTokens = {
  identity: { claims: { sub: "00u1", name: "Ann" }, token: { lifetime: { expiration: 3600 } } },
  access: { claims: { sub: "ann@example.com", cid: "client" } },
};
const ADD_ID = { type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "P-1" }] };
const ok = (body: unknown) => ({ status: 200, body: typeof body === "string" ? body : JSON.stringify(body) });

/** A valid one-claim patch padded with debugContext to exactly `bytes` UTF-8 bytes. */
function paddedPatch(bytes: number, filler: string): string {
  const empty = JSON.stringify({ commands: [ADD_ID], debugContext: { pad: "" } });
  const fillerBytes = Buffer.byteLength(filler);
  const room = bytes - Buffer.byteLength(empty);
  const pad = filler.repeat(Math.floor(room / fillerBytes)) + "x".repeat(room % fillerBytes);
  const body = JSON.stringify({ commands: [ADD_ID], debugContext: { pad } });
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

describe("checkTokenHookResponse: HTTP and body level (docs/okta-token-hook.md §3.1, §4.1)", () => {
  it.each([500, 301, 302, 400, 403, 201, 202])("skips HTTP %i", (status) => {
    const verdict = checkTokenHookResponse({ status, body: JSON.stringify({ commands: [ADD_ID] }) }, tokens);
    expect(verdict).toEqual({ outcome: "skipped", reason: `HTTP status ${status} (Okta applies only 200)` });
  });

  it("treats 204 as unchanged, whatever the body", () => {
    expect(checkTokenHookResponse({ status: 204, body: "" }, tokens).outcome).toBe("unchanged");
    expect(checkTokenHookResponse({ status: 204, body: JSON.stringify({ commands: [ADD_ID] }) }, tokens).outcome).toBe(
      "unchanged",
    );
  });

  it.each(["", "  \n", "{}", '{"commands":[]}', '{"commands":null}', '{"error":null}', '{"debugContext":{"a":1}}'])(
    "treats 200 %j as unchanged",
    (body) => {
      expect(checkTokenHookResponse(ok(body), tokens).outcome).toBe("unchanged");
    },
  );

  it("treats commands whose operation lists are all empty as unchanged", () => {
    const body = { commands: [{ type: "com.okta.identity.patch", value: [] }] };
    expect(checkTokenHookResponse(ok(body), tokens)).toEqual({ outcome: "unchanged", reason: "the commands contain no operations" });
  });

  it.each([
    ["{", "the body is not valid JSON"],
    ['"error": {"errorSummary": "x"}', "the body is not valid JSON"],
    ["[]", "the body is not a JSON object"],
    ["null", "the body is not a JSON object"],
    ['"commands"', "the body is not a JSON object"],
    ["42", "the body is not a JSON object"],
  ])("skips the unusable body %j", (body, reason) => {
    expect(checkTokenHookResponse(ok(body), tokens)).toEqual({ outcome: "skipped", reason });
  });

  it.each([
    ["ASCII", "a"],
    ["2-byte", "é"],
    ["3-byte", "€"],
    ["4-byte", "😀"],
  ])("skips a body of exactly 256 KB and applies one just under (%s padding)", (_, filler) => {
    const atLimit = checkTokenHookResponse(ok(paddedPatch(MAX_RESPONSE_BYTES, filler)), tokens);
    expect(atLimit).toEqual({ outcome: "skipped", reason: "the body is not less than 256 KB" });
    const underLimit = checkTokenHookResponse(ok(paddedPatch(MAX_RESPONSE_BYTES - 1, filler)), tokens);
    expect(underLimit.outcome).toBe("patched");
  });

  it("lets error win over commands", () => {
    const body = { error: { errorSummary: "No patient" }, commands: [ADD_ID] };
    expect(checkTokenHookResponse(ok(body), tokens)).toEqual({ outcome: "error", errorSummary: "No patient" });
  });

  it.each([{}, { errorSummary: "" }, { errorSummary: 5 }])("uses Okta's default summary for error %j", (error) => {
    expect(checkTokenHookResponse(ok({ error }), tokens)).toEqual({
      outcome: "error",
      errorSummary: "The callback service returned an error",
    });
  });

  it("rejects an error that is not an object", () => {
    expect(checkTokenHookResponse(ok({ error: "boom" }), tokens)).toEqual({
      outcome: "rejected",
      reasons: ["error must be an object"],
    });
  });

  it("applies the patch to copies and passes debugContext on", () => {
    const verdict = checkTokenHookResponse(ok({ commands: [ADD_ID], debugContext: { lookupMs: 3 } }), tokens);
    expect(verdict).toEqual({
      outcome: "patched",
      identity: { claims: { sub: "00u1", name: "Ann", extPatientId: "P-1" }, lifetimeSeconds: undefined },
      debugContext: { lookupMs: 3 },
    });
    expect(tokens.identity?.claims).not.toHaveProperty("extPatientId");
  });

  it.each([
    [{ commands: {} }, "commands must be an array"],
    [{ commands: ["x"] }, "commands[0] must be an object with type and value"],
    [{ commands: [{ type: "com.okta.identity.patch" }] }, "commands[0].value must be an array of operations"],
    [{ commands: [{ type: "com.okta.identity.patch", value: {} }] }, "commands[0].value must be an array of operations"],
    [
      { commands: [{ type: "com.okta.saml.patch", value: ADD_ID.value }] },
      'commands[0].type "com.okta.saml.patch" is not com.okta.identity.patch or com.okta.access.patch',
    ],
    [
      { commands: [{ type: "com.okta.refresh.patch", value: ADD_ID.value }] },
      'commands[0].type "com.okta.refresh.patch" is not com.okta.identity.patch or com.okta.access.patch',
    ],
    [{ commands: [{ value: ADD_ID.value }] }, "commands[0].type undefined is not com.okta.identity.patch or com.okta.access.patch"],
    [
      { commands: [{ type: "constructor", value: ADD_ID.value }] },
      'commands[0].type "constructor" is not com.okta.identity.patch or com.okta.access.patch',
    ],
  ])("rejects the malformed commands in %j", (body, reason) => {
    expect(checkTokenHookResponse(ok(body), tokens)).toEqual({ outcome: "rejected", reasons: [reason] });
  });

  it("drops the whole patch for one bad operation and lists every reason", () => {
    const body = {
      commands: [
        ADD_ID,
        { type: "com.okta.access.patch", value: [{ op: "add", path: "/claims/groups", value: [] }, { op: "move", path: "/claims/a" }] },
        { type: "com.okta.bogus", value: [] },
      ],
    };
    const verdict = checkTokenHookResponse(ok(body), tokens);
    expect(verdict).toEqual({
      outcome: "rejected",
      reasons: [
        'commands[1].value[0] (add /claims/groups): "groups" is a reserved claim in access tokens',
        'commands[1].value[1] (move /claims/a): op "move" is not allowed (only add, replace, remove)',
        'commands[2].type "com.okta.bogus" is not com.okta.identity.patch or com.okta.access.patch',
      ],
    });
  });
});

describe("describeVerdict", () => {
  it.each([
    [ok({ commands: [ADD_ID] }), "Okta would apply the patch to the ID token."],
    [
      ok({ commands: [ADD_ID, { ...ADD_ID, type: "com.okta.access.patch" }] }),
      "Okta would apply the patch to the ID token and the access token.",
    ],
    [{ status: 204, body: "" }, "Okta would issue the tokens unchanged: HTTP 204 No Content."],
    [{ status: 500, body: "" }, "Okta would skip the hook and issue the tokens unchanged: HTTP status 500 (Okta applies only 200)."],
    [
      ok({ commands: [{ ...ADD_ID, value: [{ op: "replace", path: "/claims/nope", value: 1 }] }] }),
      'Okta would reject the whole patch and issue the tokens unchanged: commands[0].value[0] (replace /claims/nope): "nope" does not exist, so it cannot be replaced.',
    ],
    [ok({ error: { errorSummary: "No patient" } }), 'Okta would refuse to issue the tokens (server_error): "No patient".'],
  ])("describes %j", (response, sentence) => {
    expect(describeVerdict(checkTokenHookResponse(response, tokens))).toBe(sentence);
  });
});
