import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./page-cursor";

describe("page cursors", () => {
  it("round-trips a position", () => {
    const position = { updatedAt: "2026-12-03T12:00:00.123Z", id: "c1" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(["", "not base64 json", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["yesterday","x"]').toString("base64url")])(
    "refuses %j",
    (cursor) => expect(decodeCursor(cursor)).toBeNull(),
  );
});
