import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { checkTokenHookResponse } from "@/okta/hook-response/check-response";
import { callHook } from "@/scripts/load/call-hook";
import { oktaSampleRequest } from "@/okta/okta-fixtures";

const appUrl = inject("appUrl");
const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
afterAll(() => pool.end());

async function eventsFor(eventId: string) {
  // The event is written after the response (next/server `after`): give it a moment.
  for (let attempt = 0; attempt < 40; attempt++) {
    const { rows } = await pool.query("SELECT * FROM hook_events WHERE event_id = $1", [eventId]);
    if (rows.length > 0) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [];
}

describe("POST /api/hooks/token", () => {
  it("adds extPatientId to the ID token for a patient (Okta's sample request, kim.sato)", async () => {
    const request = oktaSampleRequest("kim.sato@example.com");
    const { status, json, text } = await callHook(appUrl, request);
    expect(status).toBe(200);
    expect(json).toEqual({
      commands: [
        { type: "com.okta.identity.patch", value: [{ op: "add", path: "/claims/extPatientId", value: "6789" }] },
      ],
    });
    expect(checkTokenHookResponse({ status, body: text }, request.data).outcome).toBe("patched");
  });

  it("matches the login case-insensitively and falls back to preferred_username", async () => {
    const request = oktaSampleRequest("KIM.Sato@Example.com");
    delete request.data.context.user;
    const { status, json } = await callHook(appUrl, request);
    expect(status).toBe(200);
    expect(json?.commands[0].value[0].value).toBe("6789");
  });

  it("answers 204 with an empty body for someone who is not a patient", async () => {
    const { status, text } = await callHook(appUrl, oktaSampleRequest("nobody@example.com"));
    expect(status).toBe(204);
    expect(text).toBe("");
  });

  it("refuses a wrong or missing secret with 401 and no detail", async () => {
    const request = oktaSampleRequest("kim.sato@example.com");
    const wrong = await callHook(appUrl, request, { authorization: "Basic YWRtaW46c3VwZXJzZWNyZXR=" });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toBe("");
    const missing = await callHook(appUrl, request, {});
    expect(missing.status).toBe(401);
    expect(await eventsFor(request.eventId)).toEqual([]);
  });

  it.each([
    ["not json", "not json", 400, /not valid JSON/],
    ["a JSON array", "[]", 400, /JSON object/],
    ["another event type", JSON.stringify({ eventType: "com.okta.import.transform", data: {} }), 400, /eventType/],
    ["a body over 64 KB", JSON.stringify({ padding: "x".repeat(70_000) }), 413, /larger than 64 KB/],
  ])("answers %s with a 4xx and a JSON errorSummary", async (_name, body, expected, summary) => {
    const { status, json } = await callHook(appUrl, body);
    expect(status).toBe(expected);
    expect(json?.error?.errorSummary).toMatch(summary);
  });

  it("records one HookEvent per call, without the patient ID", async () => {
    const request = oktaSampleRequest("kim.sato@example.com");
    await callHook(appUrl, request);
    const rows = await eventsFor(request.eventId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      username: "kim.sato@example.com",
      outcome: "patched",
      http_status: 200,
      tokens_patched: ["id"],
      refused: false,
    });
    expect(JSON.stringify(rows[0])).not.toContain("6789");
  });
});

describe("GET /api/health", () => {
  it("reports the database as up", async () => {
    const response = await fetch(`${appUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});
