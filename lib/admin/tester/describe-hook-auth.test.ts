import { describe, expect, it } from "vitest";
import { describeHookAuth, maskSecret } from "./describe-hook-auth";

const GUIDE_SECRET = "Basic YWRtaW46c3VwZXJzZWNyZXQ="; // admin:supersecret, Okta's guide

describe("maskSecret", () => {
  it("keeps only the scheme word, never a character or the length of the secret", () => {
    expect(maskSecret(GUIDE_SECRET)).toBe("Basic ••••••••");
    expect(maskSecret("bearer abc.def.ghi")).toBe("bearer ••••••••");
    expect(maskSecret("x")).toBe("••••••••");
    expect(maskSecret("a-very-long-shared-secret-value-1234")).toBe("••••••••");
  });
});

describe("describeHookAuth", () => {
  it("describes Basic in the Authorization header, with the secret masked", () => {
    const description = describeHookAuth({ header: "Authorization", secrets: [GUIDE_SECRET, "Basic b3RoZXI6b25l"] });
    expect(description).toMatchObject({ header: "Authorization", maskedSecret: "Basic ••••••••", secretCount: 2, oauth: null });
    expect(description.valueFormat).toContain("Basic base64(user:password)");
    expect(JSON.stringify(description)).not.toContain("YWRtaW46");
  });

  it("describes a custom header, a non-Basic value and the case with no secret configured", () => {
    const custom = describeHookAuth({ header: "X-Hook-Secret", secrets: ["s3cret-value"] });
    expect(custom.valueFormat).toContain("HOOK_AUTH_SECRETS");
    expect(JSON.stringify(custom)).not.toContain("s3cret");
    const bearer = describeHookAuth({ header: "Authorization", secrets: ["Bearer opaque-token"] });
    expect(bearer).toMatchObject({ maskedSecret: "Bearer ••••••••", valueFormat: expect.stringContaining("HOOK_AUTH_SECRETS") });
    const none = describeHookAuth({ header: "Authorization", secrets: [], oauth: { issuer: "https://o/oauth2/x", audience: "api://hooks" } });
    expect(none).toMatchObject({ maskedSecret: null, secretCount: 0, oauth: { audience: "api://hooks" } });
    expect(none.valueFormat).toContain("Basic base64(user:password)");
  });
});
