import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-error-message";

describe("signInErrorMessage", () => {
  it("has nothing to say without an error", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });

  it("turns known Auth.js error types into sentences", () => {
    expect(signInErrorMessage("Configuration")).toMatch(/not set up correctly/);
    expect(signInErrorMessage("AccessDenied")).toMatch(/did not allow/);
  });

  it("never echoes an unknown type back to the page", () => {
    expect(signInErrorMessage("<script>alert(1)</script>")).toBe("Sign-in failed. Please try again.");
  });
});
