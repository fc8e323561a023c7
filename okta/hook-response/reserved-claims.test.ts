import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isReservedClaim } from "./reserved-claims";

// The §3.3 table of the project's Okta reference page, read in place so the list cannot drift from it.
const contract = readFileSync(new URL("../../docs/okta-token-hook.md", import.meta.url), "utf8");
const section = contract.slice(contract.indexOf("### 3.3"), contract.indexOf("### 3.4"));
const tableClaims = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string);

describe("isReservedClaim", () => {
  it("reads the reference page's reserved-claim table", () => {
    expect(tableClaims.length).toBeGreaterThan(60);
    expect(tableClaims).toContain("groups");
    expect(tableClaims).toContain("cnf");
  });

  it.each(tableClaims)("reserves %s in ID tokens", (claim) => {
    expect(isReservedClaim(claim, "id")).toBe(true);
  });

  it.each(tableClaims.filter((claim) => claim !== "aud" && claim !== "sub"))(
    "reserves %s in access tokens too (union of the two Okta lists)",
    (claim) => {
      expect(isReservedClaim(claim, "access")).toBe(true);
    },
  );

  it.each(["aud", "sub"])("lets access tokens modify %s, never ID tokens (docs/okta-token-hook.md §3.2)", (claim) => {
    expect(isReservedClaim(claim, "access")).toBe(false);
    expect(isReservedClaim(claim, "id")).toBe(true);
  });

  it.each(["extPatientId", "email", "preferred_username", "birthdate", "locale", "Groups", "http://example.com/groups"])(
    "does not reserve %s",
    (claim) => {
      expect(isReservedClaim(claim, "id")).toBe(false);
      expect(isReservedClaim(claim, "access")).toBe(false);
    },
  );
});
