import { describe, expect, it } from "vitest";
import { describeOutcomeCounts } from "./describe-outcome-counts";
import { isErrorOutcomeKey } from "./hook-outcomes";

describe("describeOutcomeCounts", () => {
  it("names recorded outcomes and refusal reasons, most first", () => {
    expect(describeOutcomeCounts({ no_patient: 3, lookup_error: 17, "refused:wrong_secret": 2, patched: 0 })).toBe(
      "17 Lookup failed, 3 Not a patient, 2 Refused: wrong secret",
    );
  });

  it("counts refused and failed calls of a gap as errors, correct answers not", () => {
    expect(["lookup_error", "lookup_timeout", "bad_request", "refused:no_credentials"].every(isErrorOutcomeKey)).toBe(true);
    expect(["patched", "no_patient", "no_login", "no_token"].some(isErrorOutcomeKey)).toBe(false);
  });
});
