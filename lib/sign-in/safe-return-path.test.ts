import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/profile")).toBe("/profile");
    expect(safeReturnPath("/admin/patients?page=2")).toBe("/admin/patients?page=2");
  });

  it.each([
    undefined,
    null,
    "",
    "profile",
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/",
    "/\tprofile",
    "javascript:alert(1)",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});
