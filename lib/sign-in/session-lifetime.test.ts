import { describe, expect, it } from "vitest";
import { checkSessionLifetime, describeSessionEnd } from "./session-lifetime";

const limits = { idleTimeoutSeconds: 900, maxAgeSeconds: 8 * 3600 };

describe("checkSessionLifetime", () => {
  it("keeps an active session and counts this request as activity", () => {
    expect(checkSessionLifetime({ signedInAt: 1000, lastSeenAt: 1800 }, 2000, limits)).toEqual({ lastSeenAt: 2000 });
  });

  it("ends a session idle for the idle timeout, however recent the sign-in", () => {
    expect(checkSessionLifetime({ signedInAt: 1000, lastSeenAt: 1000 }, 1000 + 900, limits)).toEqual({ ended: "idle" });
    expect(checkSessionLifetime({ signedInAt: 1000, lastSeenAt: 1000 }, 1000 + 899, limits)).toEqual({ lastSeenAt: 1899 });
  });

  it("ends a session at its absolute lifetime, however active it was", () => {
    expect(checkSessionLifetime({ signedInAt: 0, lastSeenAt: 8 * 3600 - 1 }, 8 * 3600, limits)).toEqual({ ended: "expired" });
  });

  it("ends a token that does not carry its times", () => {
    expect(checkSessionLifetime({}, 10, limits)).toEqual({ ended: "expired" });
  });
});

describe("describeSessionEnd", () => {
  it("says why, in the configured units", () => {
    expect(describeSessionEnd("idle", limits)).toMatch(/^You were signed out after 15 minutes without activity/);
    expect(describeSessionEnd("expired", limits)).toMatch(/limit of 8 hours/);
    expect(describeSessionEnd("idle", { ...limits, idleTimeoutSeconds: 20 })).toMatch(/after 20 seconds/);
  });
});
