import { describe, expect, it } from "vitest";
import { oktaSampleRequest } from "@/okta/okta-fixtures";
import { hookRequestSchema } from "./hook-request-schema";

describe("hookRequestSchema", () => {
  it("keeps only what the hook reads of Okta's sample request", () => {
    const sample = oktaSampleRequest("kim.sato@example.com");
    const parsed = hookRequestSchema.parse(sample);
    expect(parsed).toEqual({
      eventId: sample.eventId,
      eventType: "com.okta.oauth2.tokens.transform",
      data: {
        context: { user: { profile: { login: "kim.sato@example.com" } } },
        identity: { claims: { preferred_username: "kim.sato@example.com" } },
        access: { claims: { sub: sample.data.access.claims.sub } },
      },
    });
  });

  it("still refuses what the hook cannot read: claims that are not an object", () => {
    const sample = oktaSampleRequest("kim.sato@example.com");
    sample.data.identity.claims = "not an object";
    expect(hookRequestSchema.safeParse(sample).success).toBe(false);
  });
});
