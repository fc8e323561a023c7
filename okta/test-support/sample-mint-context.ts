import type { MintContext } from "../simulation/mint-context";

const ISSUER = "http://localhost:3001/oauth2/default";

const JESSIE = {
  id: "00ukDgaaIsm06XN0N7ik",
  login: "jessie.smith@example.com",
  firstName: "Jessie",
  lastName: "Smith",
  email: "jessie.smith@example.com",
  locale: "en_US",
  timeZone: "America/Los_Angeles",
  passwordChanged: "2024-01-15T17:00:00.000Z",
  groups: ["Everyone"],
};

/** A code-flow minting context like the one behind Okta's sample request (docs/okta-token-hook.md §2). */
export function sampleMintContext(overrides: Partial<MintContext> = {}): MintContext {
  return {
    issuer: ISSUER,
    orgUrl: "http://localhost:3001",
    now: new Date("2026-01-15T23:20:47.123Z"),
    trigger: {
      endpoint: "authorize",
      requestId: "reqv66CbCaCStGEFc8AdfS0ng",
      method: "GET",
      url: `${ISSUER}/v1/authorize?scope=openid+profile+email&response_type=code&state=s1&nonce=n1&client_id=c1`,
      ipAddress: "127.0.0.1",
    },
    protocolRequest: {
      scope: "openid profile email",
      state: "s1",
      redirect_uri: "http://localhost:3000/api/auth/callback/okta",
      response_mode: "query",
      response_type: "code",
      client_id: "c1",
    },
    client: { id: "c1", name: "Patient Claims", type: "CONFIDENTIAL" },
    user: JESSIE,
    session: {
      id: "102Qoe7t5PcRnSxr8j3I8I6pA",
      createdAt: new Date("2026-01-15T23:17:09Z"),
      expiresAt: new Date("2026-01-16T01:17:09Z"),
      lastPasswordVerification: new Date("2026-01-15T23:17:09Z"),
    },
    policy: { id: "00pq8lGaLlI8APuqY0g3", rule: { id: "0prq8mLKuKAmavOvq0g3" } },
    scopes: ["openid", "profile", "email"],
    idToken: { nonce: "n1" },
    authTime: 1768519029,
    refreshTokenJti: "oarob4a0tckCkGcyo1d6",
    lifetimes: { identity: 3600, access: 3600 },
    ...overrides,
  };
}
