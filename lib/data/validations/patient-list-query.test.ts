import { describe, expect, it } from "vitest";
import { patientListHref, readPatientListQuery } from "./patient-list-query";

describe("readPatientListQuery", () => {
  it("reads search, page, sort, direction and page size from the URL", () => {
    expect(readPatientListQuery({ q: " kim ", page: "3", sort: "patientId", dir: "desc", size: "100" })).toEqual({
      q: "kim",
      page: 3,
      sort: "patientId",
      dir: "desc",
      size: 100,
    });
  });

  it("falls back to defaults for missing or hostile values", () => {
    const defaults = { q: "", page: 1, sort: "username", dir: "asc", size: 25 };
    expect(readPatientListQuery({})).toEqual(defaults);
    expect(readPatientListQuery({ page: "-2", sort: "password; drop table", dir: "sideways", size: "1000000" })).toEqual(defaults);
    expect(readPatientListQuery({ page: "1.5" }).page).toBe(1);
    expect(readPatientListQuery({ q: ["first", "second"] }).q).toBe("first");
  });
});

describe("patientListHref", () => {
  it("round-trips a list state and leaves defaults out", () => {
    const query = { q: "sato & co", page: 2, sort: "displayName" as const, dir: "desc" as const, size: 50 };
    const href = patientListHref(query);
    expect(readPatientListQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
    expect(patientListHref({ q: "", page: 1, sort: "username", dir: "asc", size: 25 })).toBe("/admin/patients");
  });
});
