import { describe, expect, it } from "vitest";
import { z } from "zod";
import { patientSchema, readPatientForm } from "./patient";

const errorsOf = (input: unknown) => {
  const result = patientSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("patientSchema", () => {
  it("normalises the login as the hook looks it up: trimmed and lower-cased", () => {
    expect(patientSchema.parse({ username: "  Kim.Sato@Example.COM ", patientId: " 6789 ", displayName: "  Kim Sato " })).toEqual({
      username: "kim.sato@example.com",
      patientId: "6789",
      displayName: "Kim Sato",
    });
  });

  it("stores a blank or missing display name as null", () => {
    expect(patientSchema.parse({ username: "a@example.com", patientId: "1", displayName: "   " }).displayName).toBeNull();
    expect(patientSchema.parse({ username: "a@example.com", patientId: "1" }).displayName).toBeNull();
  });

  it.each(["", "   ", "kim", "kim@", "@example.com", "kim sato@example.com", `${"a".repeat(95)}@example.com`])(
    "refuses the login %j",
    (username) => {
      expect(errorsOf({ username, patientId: "1" }).username?.length).toBe(1);
    },
  );

  it("accepts Okta-style logins with plus and dots", () => {
    expect(errorsOf({ username: "first.last+test@sub.example.org", patientId: "1" })).toEqual({});
  });

  it("requires a patient ID of 1 to 64 characters without line breaks", () => {
    expect(errorsOf({ username: "a@example.com", patientId: "  " }).patientId).toEqual(["Enter the patient ID."]);
    expect(errorsOf({ username: "a@example.com", patientId: "x".repeat(64) })).toEqual({});
    expect(errorsOf({ username: "a@example.com", patientId: "x".repeat(65) }).patientId).toEqual([
      "A patient ID has at most 64 characters.",
    ]);
    expect(errorsOf({ username: "a@example.com", patientId: "12\n34" }).patientId).toHaveLength(1);
  });

  it("caps the display name at 200 characters", () => {
    expect(errorsOf({ username: "a@example.com", patientId: "1", displayName: "n".repeat(200) })).toEqual({});
    expect(errorsOf({ username: "a@example.com", patientId: "1", displayName: "n".repeat(201) }).displayName).toHaveLength(1);
  });

  it("reports every bad field at once, keyed by field name", () => {
    expect(Object.keys(errorsOf({ username: "nope", patientId: "" })).sort()).toEqual(["patientId", "username"]);
  });
});

describe("readPatientForm", () => {
  it("reads the three fields, absent ones as empty text", () => {
    const form = new FormData();
    form.set("username", "a@example.com");
    form.set("patientId", "1");
    expect(readPatientForm(form)).toEqual({ username: "a@example.com", patientId: "1", displayName: "" });
  });
});
