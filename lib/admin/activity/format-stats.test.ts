import { describe, expect, it } from "vitest";
import { formatClock, formatErrorRate, formatMs } from "./format-stats";

describe("formatMs", () => {
  it("shows whole milliseconds below a second, seconds above, a dash for no value", () => {
    expect([0, 6.6, 240, 999.4, 1250, null].map(formatMs)).toEqual(["0 ms", "7 ms", "240 ms", "999 ms", "1.25 s", "–"]);
  });
});

describe("formatErrorRate", () => {
  it("is a dash without calls and never rounds errors away or successes up to 100%", () => {
    expect(formatErrorRate({ calls: 0, errors: 0 })).toBe("–");
    expect(formatErrorRate({ calls: 8, errors: 0 })).toBe("0%");
    expect(formatErrorRate({ calls: 8, errors: 1 })).toBe("12.5%");
    expect(formatErrorRate({ calls: 5000, errors: 1 })).toBe("<0.1%");
    expect(formatErrorRate({ calls: 5000, errors: 4999 })).toBe(">99.9%");
    expect(formatErrorRate({ calls: 3, errors: 3 })).toBe("100%");
  });
});

describe("formatClock", () => {
  it("is UTC hours and minutes", () => {
    expect(formatClock(new Date("2026-05-01T23:07:59Z"))).toBe("23:07");
  });
});
