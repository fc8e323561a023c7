import { describe, expect, it } from "vitest";
import { checkBulkOperations } from "./check-bulk-operations";

describe("checkBulkOperations", () => {
  it("normalizes valid operations as the import does (login trimmed and lower-cased, blank name null)", async () => {
    const result = await checkBulkOperations({
      operations: [
        { op: "upsert", username: " Kim.Sato@Example.com ", patientId: " 6789 ", displayName: "" },
        { op: "upsert", username: "a@example.com", patientId: "1", displayName: "Ann" },
        { op: "delete", username: "GONE@example.com" },
      ],
    });
    expect(result).toEqual({
      ok: true,
      changes: [
        { op: "upsert", patient: { username: "kim.sato@example.com", patientId: "6789", displayName: null } },
        { op: "upsert", patient: { username: "a@example.com", patientId: "1", displayName: "Ann" } },
        { op: "delete", username: "gone@example.com" },
      ],
    });
  });

  it("lists every problem with its index, field and value", async () => {
    const result = await checkBulkOperations({
      operations: [
        { op: "upsert", username: "not-an-email", patientId: "1" },
        { op: "upsert", username: "b@example.com", patientId: "", displayName: "x\ny" },
        { op: "upsert", username: "c@example.com", patientId: "3", patientID: "typo" },
        { op: "rename", username: "d@example.com" },
        { op: "upsert", username: "e@example.com", patientId: "5" },
        { op: "delete", username: "E@example.com" },
        { op: "upsert", username: "f@example.com", patientId: "5" },
        "not an object",
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ index, field, value }) => [index, field, value])).toEqual([
      [0, "username", "not-an-email"],
      [1, "patientId", ""],
      [1, "displayName", "x\ny"],
      [2, "patientID", "typo"],
      [3, "op", "rename"],
      [5, "username", "E@example.com"],
      [6, "patientId", "5"],
      [7, "operation", undefined],
    ]);
    expect(result.errors[5]?.message).toBe("e@example.com is already at index 4.");
    expect(result.errors[6]?.message).toBe("5 is already at index 4.");
  });

  it.each([
    [{}, "operations"],
    [{ operations: [] }, "operations"],
    [{ operations: Array.from({ length: 10_001 }, () => ({})) }, "operations"],
    [[], "body"],
  ])("refuses the request's shape %#", async (body, field) => {
    const result = await checkBulkOperations(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.field).toBe(field);
  });
});
