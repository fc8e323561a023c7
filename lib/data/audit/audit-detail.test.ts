import { describe, expect, it } from "vitest";
import { importCountsOf, searchPageOf } from "./audit-detail";

describe("an entry's detail", () => {
  it("reads the page a search entry records, and its page size", () => {
    expect(searchPageOf({ action: "search_patients", detail: { page: 2, size: 25 } })).toEqual({ page: 2, size: 25 });
  });

  it("reads a search entry written before pages were recorded as page 1: only first pages were then", () => {
    expect(searchPageOf({ action: "search_patients", detail: null })).toEqual({ page: 1, size: null });
  });

  it("names no page for other entries", () => {
    expect(searchPageOf({ action: "view_patient", detail: null })).toBeNull();
    expect(searchPageOf({ action: "import_file", detail: { created: 1, updated: 2, unchanged: 3 } })).toBeNull();
  });

  it("reads an import's counts, zeros when they are missing", () => {
    expect(importCountsOf({ action: "import_file", detail: { created: 1, updated: 2, unchanged: 3 } })).toEqual({ created: 1, updated: 2, unchanged: 3 });
    expect(importCountsOf({ action: "import_file", detail: null })).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(importCountsOf({ action: "search_patients", detail: { page: 2, size: 25 } })).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});
