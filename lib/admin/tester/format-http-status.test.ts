import { describe, expect, it } from "vitest";
import { formatHttpStatus } from "./format-http-status";

describe("formatHttpStatus", () => {
  it("adds the reason phrase when there is one", () => {
    expect(formatHttpStatus(200)).toBe("200 OK");
    expect(formatHttpStatus(204)).toBe("204 No Content");
    expect(formatHttpStatus(401)).toBe("401 Unauthorized");
    expect(formatHttpStatus(599)).toBe("599");
  });
});
