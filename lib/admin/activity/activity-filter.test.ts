import { describe, expect, it } from "vitest";
import { activityFilterQuery, parseActivityFilter } from "./activity-filter";
import { ERROR_OUTCOMES, HOOK_OUTCOMES, isErrorOutcome } from "./hook-outcomes";

describe("parseActivityFilter", () => {
  it("reads outcome, login (normalised as the hook stores it) and page", () => {
    expect(parseActivityFilter({ outcome: "lookup_error", login: " Kim.Sato@Example.com ", page: "3" })).toEqual({
      outcome: "lookup_error",
      login: "kim.sato@example.com",
      page: 3,
      size: 25,
    });
  });

  it("ignores what a hand-edited URL gets wrong instead of failing the page", () => {
    expect(parseActivityFilter({ outcome: "drop table", login: "   ", page: "-2" })).toEqual({ outcome: null, login: null, page: 1, size: 25 });
    expect(parseActivityFilter({ outcome: ["patched", "no_patient"], page: "2.5" })).toEqual({ outcome: "patched", login: null, page: 1, size: 25 });
    expect(parseActivityFilter({})).toEqual({ outcome: null, login: null, page: 1, size: 25 });
  });
});

describe("the refused filter", () => {
  it("selects refused calls, optionally one reason, and round-trips", () => {
    const filter = parseActivityFilter({ outcome: "refused", reason: "wrong_secret" });
    expect(filter).toEqual({ outcome: "refused", reason: "wrong_secret", login: null, page: 1, size: 25 });
    expect(activityFilterQuery(filter)).toBe("?outcome=refused&reason=wrong_secret");
    // A reason means nothing without the refused filter, and an unknown one is ignored.
    expect(parseActivityFilter({ outcome: "patched", reason: "wrong_secret" })).toEqual({ outcome: "patched", login: null, page: 1, size: 25 });
    expect(parseActivityFilter({ outcome: "refused", reason: "password=hunter2" })).toEqual({ outcome: "refused", login: null, page: 1, size: 25 });
  });
});

describe("activityFilterQuery", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    const filter = { outcome: "no_patient" as const, login: "a@b.io", page: 2, size: 50 };
    const query = activityFilterQuery(filter);
    expect(query).toBe("?outcome=no_patient&login=a%40b.io&page=2&size=50");
    expect(parseActivityFilter(Object.fromEntries(new URLSearchParams(query)))).toEqual(filter);
    expect(activityFilterQuery({ outcome: null, login: null, page: 1, size: 25 })).toBe("");
  });
});

describe("hook outcomes", () => {
  it("counts exactly lookup_timeout, lookup_error and bad_request as errors", () => {
    expect(HOOK_OUTCOMES.filter(isErrorOutcome)).toEqual([...ERROR_OUTCOMES]);
    expect(HOOK_OUTCOMES).toHaveLength(7);
  });
});
