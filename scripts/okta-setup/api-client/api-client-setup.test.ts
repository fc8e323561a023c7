import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TOKEN, clientCredentials, startLocalOrg, type LocalOrg } from "@/okta-local/test-support/local-org";
import { parseApiClientOptions } from "./api-client-options";
import { runApiClientSetup } from "./run-api-client-setup";
import { createSdkApiClientAdmin } from "./sdk-api-client-admin";

// okta:setup --api-client against the local Okta through Okta's SDK: the app it creates then gets
// the directory API's scopes by client credentials, and a second run changes nothing.
let org: LocalOrg;
beforeAll(async () => {
  org = await startLocalOrg();
});
afterAll(() => org?.stop());

async function setup(args: string[]) {
  const options = parseApiClientOptions(args, { OKTA_ORG_URL: org.okta.url, OKTA_API_TOKEN: API_TOKEN });
  if (options === "help") throw new Error("unexpected --help");
  const lines: string[] = [];
  const result = await runApiClientSetup({ admin: createSdkApiClientAdmin({ orgUrl: options.orgUrl, token: options.apiToken }), desired: options.desired, dryRun: options.dryRun, print: (line) => lines.push(line) });
  return { result, output: lines.join("\n") };
}

describe("okta:setup --api-client", () => {
  it("prints the calls of a dry run and writes nothing", async () => {
    const { result, output } = await setup(["--api-client", "EHR sync (dry)", "--dry-run"]);
    expect(result.changed).toBe(false);
    expect(result.steps.map((step) => step.kind)).toEqual(["createScope", "createScope", "createServiceApp", "createPolicy", "createRule"]);
    expect(output).toMatch(/Dry run: 5 call/);
    const apps = (await (await org.api("/api/v1/apps?q=EHR")).json()) as unknown[];
    expect(apps).toEqual([]);
  });

  it("creates the scopes, the service app and its policy; the app then gets both scopes by client credentials", async () => {
    const { result, output } = await setup(["--api-client", "EHR sync"]);
    expect(result.changed).toBe(true);
    expect(result.clientSecret).toBeTruthy();
    expect(output).toContain(`Client ID: ${result.clientId}`);
    const token = await clientCredentials(org.okta.issuer, { id: result.clientId, secret: result.clientSecret ?? "" }, "patients.read patients.write");
    expect(token.status).toBe(200);
    const claims = decodeJwt(String(token.body.access_token));
    expect(claims).toMatchObject({ cid: result.clientId, sub: result.clientId, aud: "api://default" });
    expect(claims.scp).toEqual(expect.arrayContaining(["patients.read", "patients.write"]));

    const again = await setup(["--api-client", "EHR sync"]);
    expect(again.result).toMatchObject({ changed: false, clientId: result.clientId, steps: [] });
    expect(again.output).toMatch(/^No changes: scope patients.read exists; scope patients.write exists; app "EHR sync"/);
  });
});
