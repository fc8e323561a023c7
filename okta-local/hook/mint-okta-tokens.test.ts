import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { StoredInlineHook } from "../store/state-types";
import { createSystemLog } from "../system-log";
import { sampleMintContext } from "@/okta/test-support/sample-mint-context";
import { startFakeHook, type HookAnswer } from "../test-support/fake-hook";
import type { OktaTokenHookRequest } from "@/okta/simulation/build-hook-request";
import { mintOktaTokens } from "./mint-okta-tokens";

let answer: HookAnswer = { status: 204 };
const server = await startFakeHook(() => answer);
afterAll(() => server.stop());

const hook: StoredInlineHook = {
  id: "calTestHook0000000001",
  status: "ACTIVE",
  name: "Test hook",
  type: "com.okta.oauth2.tokens.transform",
  version: "1.0.0",
  channel: {
    type: "HTTP",
    version: "1.0.0",
    config: { uri: server.url, method: "POST", headers: [], authScheme: { type: "HEADER", key: "Authorization", value: "Basic c2VjcmV0" } },
  },
  created: "2026-01-01T00:00:00.000Z",
  lastUpdated: "2026-01-01T00:00:00.000Z",
};

let systemLog = createSystemLog();
beforeEach(() => {
  systemLog = createSystemLog();
  server.calls.length = 0;
});

const mint = () => mintOktaTokens(sampleMintContext(), { findHook: () => hook, systemLog, hookTimeoutMs: 200 });
const sent = () => server.calls[0]?.body as unknown as OktaTokenHookRequest;
const addClaim = (type: string, path: string, value: unknown, op = "add") => ({ type, value: [{ op, path, value }] });

/** Tokens exactly as the hook was shown them: what "issued unchanged" means. */
const offered = () => ({
  identity: { claims: sent().data.identity?.claims, lifetimeSeconds: 3600 },
  access: { claims: sent().data.access.claims, lifetimeSeconds: 3600 },
});

describe("mintOktaTokens: the hook's answer applied with Okta's rules", () => {
  it("patches both tokens, and the lifetime, from one call", async () => {
    answer = {
      status: 200,
      body: {
        commands: [
          addClaim("com.okta.identity.patch", "/claims/extPatientId", "1234"),
          addClaim("com.okta.access.patch", "/token/lifetime/expiration", 600, "replace"),
        ],
        debugContext: { lookup: "hit" },
      },
    };
    const decision = await mint();
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.headers.authorization).toBe("Basic c2VjcmV0");
    expect(decision).toMatchObject({
      kind: "issue",
      patched: true,
      tokens: { identity: { claims: { extPatientId: "1234" }, lifetimeSeconds: 3600 }, access: { lifetimeSeconds: 600 } },
    });
    const [event] = systemLog.list();
    expect(event).toMatchObject({ eventType: "inline_hook.response.processed", outcome: { result: "SUCCESS" } });
    expect(event?.debugContext.debugData.debugContext).toBe('{"lookup":"hit"}');
  });

  it("issues the tokens unchanged when the patch is rejected (a reserved claim)", async () => {
    answer = {
      status: 200,
      body: { commands: [addClaim("com.okta.identity.patch", "/claims/extPatientId", "1"), addClaim("com.okta.identity.patch", "/claims/sub", "x", "replace")] },
    };
    const decision = await mint();
    expect(decision).toEqual({ kind: "issue", patched: false, tokens: offered() });
    expect(systemLog.list()[0]).toMatchObject({ eventType: "inline_hook.response.processed", outcome: { result: "FAILURE", reason: expect.stringContaining("sub") } });
  });

  it("refuses the token request when the hook returns an error object", async () => {
    answer = { status: 200, body: { error: { errorSummary: "No patient record" } } };
    expect(await mint()).toEqual({ kind: "refuse", errorSummary: "No patient record" });
  });

  it("issues the tokens unchanged when the hook does not answer within the timeout", async () => {
    answer = { status: 200, delayMs: 600, body: { commands: [addClaim("com.okta.identity.patch", "/claims/extPatientId", "1")] } };
    const decision = await mint();
    expect(decision).toEqual({ kind: "issue", patched: false, tokens: offered() });
    expect(systemLog.list()[0]).toMatchObject({ eventType: "inline_hook.executed", outcome: { result: "FAILURE" } });
  });

  it("issues the tokens unchanged when the hook answers with a status other than 200", async () => {
    answer = { status: 500, body: { commands: [addClaim("com.okta.identity.patch", "/claims/extPatientId", "1")] } };
    const decision = await mint();
    expect(decision).toEqual({ kind: "issue", patched: false, tokens: offered() });
    expect(systemLog.list()[0]).toMatchObject({ eventType: "inline_hook.executed", outcome: { reason: "HTTP 500" } });
  });

  it("never records the hook's secret in the System Log", async () => {
    answer = { status: 401 };
    await mint();
    expect(JSON.stringify(systemLog.list())).not.toContain("c2VjcmV0");
  });
});
