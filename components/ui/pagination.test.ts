import { describe, expect, it } from "vitest";
import { pageNumbers } from "./pagination";

describe("pageNumbers", () => {
  it("shows the first and last pages and two either side of the current one", () => {
    expect(pageNumbers(1, 201)).toEqual([1, 2, 3, "gap", 201]);
    expect(pageNumbers(100, 201)).toEqual([1, "gap", 98, 99, 100, 101, 102, "gap", 201]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });
});
