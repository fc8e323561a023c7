import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { API_TYPES_PATH, renderApiTypes } from "./render-api-types";

describe("the typed API client", () => {
  it("is generated from the current OpenAPI document (else run `npm run api:types`)", async () => {
    const committed = await readFile(API_TYPES_PATH, "utf8");
    expect(committed === (await renderApiTypes()), "tests/support/api-client/openapi-types.ts is stale: run `npm run api:types`").toBe(true);
  });
});
