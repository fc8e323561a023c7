import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isGuideCredential } from "@/okta/guide-credentials";
import { estimateSecretBits, MIN_SECRET_BITS, secretPartOfHeaderValue } from "./secret-strength";

describe("estimateSecretBits", () => {
  it("scores repeats, runs and dictionary-short values far below the minimum", () => {
    expect(estimateSecretBits("a".repeat(32))).toBeLessThan(10);
    expect(estimateSecretBits("abcdefghijklmnopqrstuvwxyz012345")).toBeLessThan(20);
    expect(estimateSecretBits("supersecret")).toBeLessThan(MIN_SECRET_BITS);
    expect(estimateSecretBits("")).toBe(0);
  });

  it("scores what the documented commands generate above the minimum", () => {
    for (let run = 0; run < 50; run++) {
      expect(estimateSecretBits(randomBytes(32).toString("base64"))).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
      expect(estimateSecretBits(randomBytes(32).toString("hex"))).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
    }
  });
});

describe("secretPartOfHeaderValue", () => {
  it("takes the password of HTTP Basic, the token of another scheme, else the whole value", () => {
    expect(secretPartOfHeaderValue(`basic ${Buffer.from("okta:pa:ss").toString("base64")}`)).toBe("pa:ss");
    expect(secretPartOfHeaderValue("Bearer abc.def")).toBe("abc.def");
    expect(secretPartOfHeaderValue("raw-api-key")).toBe("raw-api-key");
  });
});

describe("isGuideCredential", () => {
  it("recognises admin:supersecret however the scheme is spelt", () => {
    for (const value of ["Basic YWRtaW46c3VwZXJzZWNyZXQ=", "basic YWRtaW46c3VwZXJzZWNyZXQ=", "BASIC\tYWRtaW46c3VwZXJzZWNyZXQ"]) {
      expect(isGuideCredential(value)).toBe(true);
    }
    expect(isGuideCredential(`Basic ${Buffer.from("admin:supersecret2").toString("base64")}`)).toBe(false);
  });
});
