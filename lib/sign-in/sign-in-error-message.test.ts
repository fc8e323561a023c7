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

  it("tells Okta's refusal in Okta's words, or generically once the words are gone", () => {
    const refusal = { error: "server_error", description: "Patient lookup failed" };
    expect(signInErrorMessage("OktaRefused", refusal)).toBe(
      "Okta refused to issue your tokens (server_error). Okta said: “Patient lookup failed”",
    );
    expect(signInErrorMessage("OktaRefused", { error: "server_error", description: null })).toBe(
      "Okta refused to issue your tokens (server_error). Please try again later.",
    );
    expect(signInErrorMessage("OktaRefused")).toBe("Okta refused to issue your tokens. Please try again later.");
  });

  it("never echoes an unknown type back to the page", () => {
    expect(signInErrorMessage("<script>alert(1)</script>")).toBe("Sign-in failed. Please try again.");
  });
});
