import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { findExposedAppDefaults } from "./listen-host";

describe("findExposedAppDefaults", () => {
  it("accepts the local defaults on loopback", () => {
    for (const host of ["127.0.0.1", "localhost", "::1"]) expect(findExposedAppDefaults(host, parseEnv({}))).toEqual([]);
  });

  it("refuses Okta's example hook secret off loopback, in any spelling", () => {
    expect(findExposedAppDefaults("0.0.0.0", parseEnv({}))[0]).toMatch(/^HOOK_AUTH_SECRETS: set your own/);
    expect(findExposedAppDefaults("0.0.0.0", parseEnv({ HOOK_AUTH_SECRETS: "basic YWRtaW46c3VwZXJzZWNyZXQ=" }))).toHaveLength(1);
    expect(findExposedAppDefaults("0.0.0.0", parseEnv({ HOOK_AUTH_SECRETS: "Basic b2t0YTp4N0txOW1QMnZMNW5SOHRXM3k=" }))).toEqual([]);
  });
});
