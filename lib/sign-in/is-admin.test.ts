import { describe, expect, it } from "vitest";
import { isAdmin } from "./is-admin";

describe("isAdmin", () => {
  it("is true when the user is in one of the admin groups", () => {
    expect(isAdmin(["Everyone", "Patient Admins"], ["Patient Admins"])).toBe(true);
    expect(isAdmin(["Auditors"], ["Patient Admins", "Auditors"])).toBe(true);
  });

  it("is false without a matching group, or with none", () => {
    expect(isAdmin(["Everyone"], ["Patient Admins"])).toBe(false);
    expect(isAdmin(["patient admins"], ["Patient Admins"])).toBe(false);
    expect(isAdmin(undefined, ["Patient Admins"])).toBe(false);
    expect(isAdmin(["Patient Admins"], [])).toBe(false);
  });
});
