import { describe, expect, it } from "vitest";
import { duplicatePatientField } from "./duplicate-patient-field";

// The meta Prisma 7 + @prisma/adapter-pg attaches to a unique violation (seen against PGlite).
const violation = (index: string) => ({
  code: "P2002",
  meta: {
    modelName: "Patient",
    driverAdapterError: { name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation", constraint: { index } } },
  },
});

describe("duplicatePatientField", () => {
  it("names the field from the adapter's index name", () => {
    expect(duplicatePatientField(violation("patients_username_key"))).toBe("username");
    expect(duplicatePatientField(violation("patients_patient_id_key"))).toBe("patientId");
  });

  it("names the field from meta.target as other engines report it", () => {
    expect(duplicatePatientField({ code: "P2002", meta: { target: ["patientId"] } })).toBe("patientId");
    expect(duplicatePatientField({ code: "P2002", meta: { target: ["username"] } })).toBe("username");
  });

  it("is null for anything else", () => {
    expect(duplicatePatientField({ code: "P2025", meta: { target: ["username"] } })).toBeNull();
    expect(duplicatePatientField(new Error("P2002 username"))).toBeNull();
    expect(duplicatePatientField(undefined)).toBeNull();
  });
});
