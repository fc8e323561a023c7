import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeJsonPointerToken, parseJsonPointer } from "./json-pointer";

describe("escapeJsonPointerToken", () => {
  it.each([
    ["extPatientId", "extPatientId"],
    ["http://example.com/claims/x", "http:~1~1example.com~1claims~1x"],
    ["a~b", "a~0b"],
    // "~" must be escaped before "/", or "/" → "~1" → "~01".
    ["~/", "~0~1"],
    ["~1", "~01"],
  ])("%s → %s", (name, escaped) => {
    expect(escapeJsonPointerToken(name)).toBe(escaped);
  });
});

describe("parseJsonPointer", () => {
  it.each([
    ["", []],
    ["/claims/extPatientId", ["claims", "extPatientId"]],
    ["/claims/http:~1~1example.com~1claims~1x", ["claims", "http://example.com/claims/x"]],
    ["/claims/a~0b", ["claims", "a~b"]],
    ["/claims/~01", ["claims", "~1"]],
    ["/claims/list/-", ["claims", "list", "-"]],
    ["/claims/", ["claims", ""]],
  ])("%j → %j", (path, tokens) => {
    expect(parseJsonPointer(path)).toEqual({ ok: true, tokens });
  });

  it.each(["/claims/a~2b", "/claims/a~", "/claims/~x/y"])("rejects the malformed escape in %j", (path) => {
    const parsed = parseJsonPointer(path);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok || parsed.error).toContain('"~" not followed by 0 or 1');
  });

  it("rejects a pointer that does not start with /", () => {
    expect(parseJsonPointer("claims/x")).toEqual({ ok: false, error: expect.stringContaining("must start with") });
  });

  it("round-trips any name through escape and parse", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        expect(parseJsonPointer(`/claims/${escapeJsonPointerToken(name)}`)).toEqual({ ok: true, tokens: ["claims", name] });
      }),
    );
  });
});
