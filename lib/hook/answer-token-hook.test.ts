import { describe, expect, it } from "vitest";
import { checkTokenHookResponse } from "@/okta/hook-response/check-response";
import { tokenHookRequestSchema, type TokenHookRequest } from "@/okta/hook-request/request-schema";
import { OKTA_SAMPLE_REQUEST_FIXTURE, readOktaFixture } from "@/okta/okta-fixtures";
import { buildTokenHookRequest } from "@/okta/simulation/build-hook-request";
import { draftOktaTokens } from "@/okta/simulation/draft-tokens";
import { answerTokenHook, type HookSettings } from "./answer-token-hook";

const sample = (): TokenHookRequest => tokenHookRequestSchema.parse(JSON.parse(readOktaFixture(OKTA_SAMPLE_REQUEST_FIXTURE)));

const settings: HookSettings = { claimName: "extPatientId", claimTokens: ["id"], lookupTimeoutMs: 50, failureMode: "open" };
const patients: Record<string, string> = { "administrator1@clouditude.net": "1234" }; // the fixture's login
const lookup = async (login: string) => patients[login] ?? null;

describe("answerTokenHook", () => {
  it("patches the ID token for a patient, and the answer passes Okta's rules", async () => {
    const request = sample();
    const answer = await answerTokenHook(request, lookup, settings);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body ?? "")).toEqual({
      commands: [{ type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "1234" }] }],
    });
    expect(checkTokenHookResponse({ status: 200, body: answer.body ?? "" }, request.data).outcome).toBe("patched");
    expect(answer.event).toMatchObject({ outcome: "patched", username: "administrator1@clouditude.net", tokensPatched: ["id"] });
  });

  it("patches both tokens when configured, and only tokens being minted", async () => {
    const both = await answerTokenHook(sample(), lookup, { ...settings, claimTokens: ["id", "access"] });
    expect(both.event.tokensPatched).toEqual(["id", "access"]);

    const accessOnlyRequest = sample();
    delete accessOnlyRequest.data.identity;
    const accessOnly = await answerTokenHook(accessOnlyRequest, lookup, { ...settings, claimTokens: ["id", "access"] });
    expect(JSON.parse(accessOnly.body ?? "").commands.map((c: { type: string }) => c.type)).toEqual(["com.okta.access.patch"]);

    const none = await answerTokenHook(accessOnlyRequest, lookup, settings);
    expect(none).toMatchObject({ status: 204, body: null, event: { outcome: "no_token" } });
  });

  it("withholds an answer Okta would drop for its size (a patient ID of 300 KB put in by hand)", async () => {
    const huge = await answerTokenHook(sample(), async () => "x".repeat(300 * 1024), settings);
    expect(huge).toMatchObject({ status: 204, body: null, event: { outcome: "no_token", error: expect.stringContaining("256 KB") } });
  });

  it("answers 204 for a non-patient and for a request without a login", async () => {
    const request = sample();
    request.data.context!.user!.profile!.login = "someone.else@example.com";
    request.data.identity!.claims.preferred_username = "someone.else@example.com";
    expect(await answerTokenHook(request, lookup, settings)).toMatchObject({ status: 204, event: { outcome: "no_patient" } });

    delete request.data.context!.user;
    delete request.data.identity!.claims.preferred_username;
    request.data.access!.claims.sub = "0oa1234"; // a client id, not email-shaped
    expect(await answerTokenHook(request, lookup, settings)).toMatchObject({ status: 204, event: { outcome: "no_login" } });
  });

  it("answers 204 to a client-credentials request: no user, so no patient (docs/okta-token-hook.md §1)", async () => {
    const mint = {
      issuer: "http://localhost:3001/oauth2/default",
      orgUrl: "http://localhost:3001",
      now: new Date(),
      trigger: { endpoint: "token" as const, requestId: "r", method: "POST", url: "http://localhost:3001/oauth2/default/v1/token", ipAddress: "127.0.0.1" },
      protocolRequest: { grant_type: "client_credentials", client_id: "0oaSERVICE", scope: "patients.read" },
      client: { id: "0oaSERVICE", name: "EHR sync", type: "CONFIDENTIAL" as const },
      policy: { id: "00p", rule: { id: "0pr" } },
      scopes: ["patients.read"],
      lifetimes: { identity: 3600, access: 3600 },
    };
    const request = tokenHookRequestSchema.parse(JSON.parse(JSON.stringify(buildTokenHookRequest(mint, draftOktaTokens(mint)))));
    expect(await answerTokenHook(request, lookup, { ...settings, claimTokens: ["id", "access"] })).toMatchObject({ status: 204, body: null, event: { outcome: "no_login" } });
  });

  it("fails open on a slow or failing lookup: 204 within the budget", async () => {
    const never = () => new Promise<string | null>(() => {});
    const started = performance.now();
    const slow = await answerTokenHook(sample(), never, settings);
    expect(performance.now() - started).toBeLessThan(settings.lookupTimeoutMs + 100);
    expect(slow).toMatchObject({ status: 204, body: null, event: { outcome: "lookup_timeout", refused: false } });

    const broken = await answerTokenHook(sample(), async () => Promise.reject(new Error("connection refused")), settings);
    expect(broken).toMatchObject({ status: 204, event: { outcome: "lookup_error", error: "connection refused" } });
  });

  it("fails closed when configured: 200 with an error object that Okta turns into server_error", async () => {
    const request = sample();
    const answer = await answerTokenHook(request, async () => Promise.reject(new Error("down")), {
      ...settings,
      failureMode: "closed",
    });
    expect(answer.status).toBe(200);
    const verdict = checkTokenHookResponse({ status: 200, body: answer.body ?? "" }, request.data);
    expect(verdict.outcome).toBe("error");
    expect(answer.body).not.toContain("down"); // internals stay out of what end users may see
    expect(answer.event).toMatchObject({ outcome: "lookup_error", refused: true });
  });
});
