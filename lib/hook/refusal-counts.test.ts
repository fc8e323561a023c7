import { describe, expect, it } from "vitest";
import { countRefusals } from "./refusal-counts";

const at = (minute: number, second: number) => new Date(Date.UTC(2026, 11, 3, 10, minute, second));

describe("countRefusals", () => {
  it("adds refused calls up per minute and reason, keeping the latest time", () => {
    const counts = countRefusals([
      { at: at(0, 10), reason: "wrong_secret" },
      { at: at(0, 50), reason: "wrong_secret" },
      { at: at(0, 20), reason: "no_credentials" },
      { at: at(1, 5), reason: "wrong_secret" },
    ]);
    expect(counts).toEqual([
      { minute: at(0, 0), reason: "wrong_secret", count: 2, lastAt: at(0, 50) },
      { minute: at(0, 0), reason: "no_credentials", count: 1, lastAt: at(0, 20) },
      { minute: at(1, 0), reason: "wrong_secret", count: 1, lastAt: at(1, 5) },
    ]);
  });
});
