import { describe, expect, it } from "vitest";
import { describeClaims, formatClaimValue } from "./describe-claims";

describe("formatClaimValue", () => {
  it("shows time claims as seconds and a UTC date", () => {
    expect(formatClaimValue("iat", 1_767_225_600)).toBe("1767225600 (2026-01-01 00:00:00 UTC)");
  });

  it("leaves ordinary numbers alone", () => {
    expect(formatClaimValue("ver", 1)).toBe("1");
  });

  it("joins lists of plain values and keeps strings as they are", () => {
    expect(formatClaimValue("amr", ["pwd", "mfa"])).toBe("pwd, mfa");
    expect(formatClaimValue("name", "<b>Kim</b>")).toBe("<b>Kim</b>");
  });

  it("writes objects as JSON", () => {
    expect(formatClaimValue("address", { country: "NZ" })).toBe('{"country":"NZ"}');
    expect(formatClaimValue("x", null)).toBe("null");
  });
});

describe("describeClaims", () => {
  const claims = { sub: "00u1", extPatientId: "6789", custom: true };

  it("puts the hook's claim first and labels it", () => {
    const rows = describeClaims(claims, "extPatientId");
    expect(rows.map((row) => row.name)).toEqual(["extPatientId", "sub", "custom"]);
    expect(rows[0]).toMatchObject({ isHookClaim: true, value: "6789" });
    expect(rows[0]?.meaning).toMatch(/patient table/);
  });

  it("explains standard claims and leaves unknown ones without a meaning", () => {
    const rows = describeClaims(claims, "patientNumber");
    expect(rows.every((row) => !row.isHookClaim)).toBe(true);
    expect(rows.find((row) => row.name === "sub")?.meaning).toMatch(/Subject/);
    expect(rows.find((row) => row.name === "custom")?.meaning).toBeNull();
  });
});
