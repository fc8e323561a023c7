import { describe, expect, it } from "vitest";
import { auditHref, describeAuditFilters, isAuditFiltered, readAuditQuery } from "./audit-query";

describe("readAuditQuery / auditHref", () => {
  it("round-trips every filter and leaves defaults out", () => {
    const query = readAuditQuery({ q: "kim", action: "access", actor: "sam", from: "2026-12-01", to: "2026-12-03", page: "3", size: "50" });
    expect(query).toEqual({ q: "kim", action: "access", actor: "sam", from: "2026-12-01", to: "2026-12-03", batch: undefined, page: 3, size: 50 });
    expect(readAuditQuery(Object.fromEntries(new URL(auditHref(query), "http://x").searchParams))).toEqual(query);
    expect(auditHref(readAuditQuery({}))).toBe("/admin/audit");
  });

  it("falls back to the defaults for odd values, and reads the old ?patient= links", () => {
    const query = readAuditQuery({ action: "drop table", from: "yesterday", to: "2026-13-45", page: "-1", size: "7", patient: "kim@example.com" });
    expect(query).toMatchObject({ action: "", from: "", to: "", page: 1, size: 25, q: "kim@example.com" });
  });

  it("says whether and how the log is filtered", () => {
    expect(isAuditFiltered(readAuditQuery({ page: "4" }))).toBe(false);
    const query = readAuditQuery({ action: "import_file", actor: "sam", from: "2026-12-01", q: "x.csv" });
    expect(isAuditFiltered(query)).toBe(true);
    expect(describeAuditFilters(query)).toBe("imports, by “sam”, from 2026-12-01, matching “x.csv”");
  });
});
