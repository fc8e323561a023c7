import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-window";

/** Reads a page of the rows 1..total the way listPatients does, to compare with a plain slice. */
function readPage(total: number, page: number, size: number): number[] {
  const rows = Array.from({ length: total }, (_, index) => index + 1);
  const window = pageWindow((page - 1) * size, total, size);
  const ordered = window.reversed ? [...rows].reverse() : rows;
  const slice = ordered.slice(window.offset, window.offset + window.limit);
  return window.reversed ? slice.reverse() : slice;
}

describe("pageWindow", () => {
  it("reads the first half forwards and the second half backwards from the end", () => {
    expect(pageWindow(0, 100_000, 25)).toEqual({ reversed: false, limit: 25, offset: 0 });
    expect(pageWindow(99_975, 100_000, 25)).toEqual({ reversed: true, limit: 25, offset: 0 });
    expect(pageWindow(75, 90, 25)).toEqual({ reversed: true, limit: 15, offset: 0 });
  });

  it("returns exactly the rows a plain OFFSET would, on every page", () => {
    for (const total of [0, 1, 24, 25, 26, 90, 101]) {
      for (let page = 1; page <= Math.ceil(total / 25) + 1; page += 1) {
        const expected = Array.from({ length: total }, (_, index) => index + 1).slice((page - 1) * 25, page * 25);
        expect(readPage(total, page, 25), `total ${total}, page ${page}`).toEqual(expected);
      }
    }
  });
});
