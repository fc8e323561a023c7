import { describe, expect, it } from "vitest";
import { clampPage, readPageSize } from "./page-size";

describe("page size and page numbers", () => {
  it("offers 25, 50 and 100 rows, 25 by default", () => {
    expect(readPageSize("50")).toBe(50);
    expect(readPageSize("1000")).toBe(25);
    expect(readPageSize(undefined)).toBe(25);
  });

  it("clamps a page past the end to the last one, and an empty list to page 1", () => {
    expect(clampPage(999, 5_005, 25)).toBe(201);
    expect(clampPage(3, 5_005, 25)).toBe(3);
    expect(clampPage(4, 0, 25)).toBe(1);
  });
});
