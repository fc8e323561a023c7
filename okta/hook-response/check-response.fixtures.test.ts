import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkTokenHookResponse, type HookTokens, type HookVerdict } from "./check-response";
import { tokenHookRequestSchema } from "../hook-request/request-schema";

// Okta's own sample payloads (okta/fixtures/README.md says where each came from), never edited.
const FIXTURES = new URL("../fixtures/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, FIXTURES), "utf8");
const responseFiles = readdirSync(new URL("responses/", FIXTURES));

const request = tokenHookRequestSchema.parse(JSON.parse(read("requests/devdocs-reference-sample-2024-01.json")));
// A full request's data is what callers pass; this line fails to compile if the types drift apart.
const requestTokens: HookTokens = request.data;

// The response fixtures replace or remove claims the request sample lacks; these are those claims.
const EXISTING = {
  extPatientId: "old-id",
  external_guid: "old-guid",
  birthdate: "1970-01-01",
  employee_profile: { email: "old@company.com", department_id: "1" },
  preferred_airports: ["sjc", "sfo", "oak"],
};
const tokens = {
  identity: { ...request.data.identity, claims: { ...request.data.identity?.claims, ...structuredClone(EXISTING) } },
  access: { ...request.data.access, claims: { ...request.data.access?.claims, ...structuredClone(EXISTING) } },
} satisfies HookTokens;

const ok = (body: string) => ({ status: 200, body });
const patched = (verdict: HookVerdict) => {
  if (verdict.outcome !== "patched") throw new Error(`expected patched, got ${JSON.stringify(verdict)}`);
  return verdict;
};
const GUID = "F0384685-F87D-474B-848D-2058AC5655A7";
const SUMMARY = "Human-readable summary of the error";

const addedIdAndAccess = (v: HookVerdict) => {
  expect(patched(v).identity?.claims.extPatientId).toBe("1234");
  expect(patched(v).access?.claims.external_guid).toBe(GUID);
};
const addedMember = (v: HookVerdict) =>
  expect(patched(v).identity?.claims.employee_profile).toEqual({ email: "old@company.com", department_id: "4947" });
const appendedLax = (v: HookVerdict) =>
  expect(patched(v).identity?.claims.preferred_airports).toEqual(["sjc", "sfo", "oak", "lax"]);
const lifetimes = (identity: number, access: number) => (v: HookVerdict) => {
  expect(patched(v).identity?.lifetimeSeconds).toBe(identity);
  expect(patched(v).access?.lifetimeSeconds).toBe(access);
};
const removedClaims = (v: HookVerdict) => {
  expect(patched(v).identity?.claims).not.toHaveProperty("birthdate");
  expect(patched(v).access?.claims).not.toHaveProperty("external_guid");
  expect(patched(v).identity?.claims).toHaveProperty("external_guid");
};
const removedSecondAirport = (v: HookVerdict) =>
  expect(patched(v).identity?.claims.preferred_airports).toEqual(["sjc", "oak"]);
const removedEmail = (v: HookVerdict) => expect(patched(v).identity?.claims.employee_profile).toEqual({ department_id: "1" });
const replacedEmail = (v: HookVerdict) =>
  expect(patched(v).identity?.claims.employee_profile).toEqual({ email: "anna@company.com", department_id: "1" });
const errorWith = (summary: string) => (v: HookVerdict) => expect(v).toEqual({ outcome: "error", errorSummary: summary });
const unchanged = (v: HookVerdict) => expect(v.outcome).toBe("unchanged");

// Every file in fixtures/responses must be listed here, so a new fixture cannot go unchecked.
const EXPECTED: Record<string, (verdict: HookVerdict) => void> = {
  "devdocs-add-claims-id-and-access.json": addedIdAndAccess,
  "openapi-TokenHookResponse.json": addedIdAndAccess,
  "devdocs-add-member-to-object.json": addedMember,
  "openapi-TokenHookResponseWithURIFormat.json": addedMember,
  "devdocs-append-array-dash.json": appendedLax,
  "devdocs-append-array-index3.json": appendedLax,
  "openapi-TokenHookResponseAppendArray.json": appendedLax,
  "devdocs-modify-lifetime.json": lifetimes(36000, 36000),
  "openapi-TokenHookModifyLifetime.json": lifetimes(36000, 36000),
  "java-sdk-token-expiration.json": lifetimes(2424, 4242),
  "devdocs-remove-claims.json": removedClaims,
  "openapi-TokenHookRemoveClaim.json": removedClaims,
  "devdocs-remove-array-element.json": removedSecondAirport,
  "openapi-TokenHookRemoveFromArray.json": removedSecondAirport,
  "devdocs-remove-object-member.json": removedEmail,
  "openapi-TokenHookRemoveFromObject.json": removedEmail,
  "devdocs-replace-claims.json": addedIdAndAccess,
  "openapi-TokenHookReplaceExisting.json": (v) => {
    expect(patched(v).identity?.claims).toMatchObject({ extPatientId: "1234", external_guid: GUID });
    expect(patched(v).access).toBeUndefined();
  },
  "devdocs-replace-member-in-object.json": replacedEmail,
  "openapi-TokenHookReplaceInPath.json": replacedEmail,
  "micah-silverman-add-beers-array.json": (v) => expect(patched(v).identity?.claims.beers).toEqual(["Heineken"]),
  "java-sdk-noop-empty-object.json": unchanged,
  "micah-silverman-noop-empty-commands.json": unchanged,
  "devdocs-error-wrapped.json": errorWith(SUMMARY),
  "openapi-TokenHookErrorExample.json": errorWith(SUMMARY),
  "smartfhir-error-in-200.json": errorWith("Invalid authorize request- the request is missing a valid picker context."),
  "devdocs-error-fragment.txt": (v) => expect(v).toEqual({ outcome: "skipped", reason: "the body is not valid JSON" }),
};

describe("checkTokenHookResponse on the response fixtures", () => {
  it("has an expectation for every fixture file", () => {
    expect(responseFiles.toSorted()).toEqual(Object.keys(EXPECTED).toSorted());
  });

  it.each(responseFiles)("%s", (name) => {
    const before = structuredClone(tokens);
    (EXPECTED[name] as (verdict: HookVerdict) => void)(checkTokenHookResponse(ok(read(`responses/${name}`)), tokens));
    expect(tokens).toEqual(before);
  });

  it("rejects the replace fixture against the bare request sample, whose tokens lack those claims", () => {
    const verdict = checkTokenHookResponse(ok(read("responses/devdocs-replace-claims.json")), requestTokens);
    expect(verdict).toEqual({
      outcome: "rejected",
      reasons: [
        'commands[0].value[0] (replace /claims/extPatientId): "extPatientId" does not exist, so it cannot be replaced',
        'commands[1].value[0] (replace /claims/external_guid): "external_guid" does not exist, so it cannot be replaced',
      ],
    });
  });

  it("rejects the access-token command of a fixture when no access token was requested", () => {
    const verdict = checkTokenHookResponse(ok(read("responses/openapi-TokenHookResponse.json")), {
      identity: tokens.identity,
    });
    expect(verdict).toEqual({
      outcome: "rejected",
      reasons: ["commands[1]: com.okta.access.patch patches the access token, which was not requested"],
    });
  });
});
