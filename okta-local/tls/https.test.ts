import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOktaLocal, type OktaLocal } from "../server";

// Okta's libraries, run as a developer would: in their own Node process, with only
// NODE_EXTRA_CA_CERTS pointing at the local Okta's certificate authority, and no https-check flag.
const CLIENT_SCRIPT = `
import okta from "@okta/okta-sdk-nodejs";
import OktaJwtVerifier from "@okta/jwt-verifier";
const [orgUrl, issuer] = process.argv.slice(1);
const sdk = new okta.Client({ orgUrl, token: "local-okta-api-token", cacheMiddleware: null });
await sdk.authorizationServerApi.createOAuth2Scope({ authServerId: "default", oAuth2Scope: { name: "patients.read" } });
const app = await sdk.applicationApi.createApplication({ application: { name: "oidc_client", label: "TLS service", signOnMode: "OPENID_CONNECT",
  credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_post" } },
  settings: { oauthClient: { application_type: "service", grant_types: ["client_credentials"], response_types: ["token"] } } } });
const { client_id, client_secret } = app.credentials.oauthClient;
const response = await fetch(issuer + "/v1/token", { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", scope: "patients.read", client_id, client_secret }) });
const { access_token } = await response.json();
const jwt = await new OktaJwtVerifier({ issuer }).verifyAccessToken(access_token, "api://default");
console.log(JSON.stringify({ cid: jwt.claims.cid === client_id, scp: jwt.claims.scp }));
`;

let okta: OktaLocal;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "okta-local-https-"));
  okta = await startOktaLocal({ port: 0, appUrl: "http://localhost:3000", dataDir, clientId: "tls-client", clientSecret: "tls-client-secret", https: true });
});

afterAll(async () => {
  await okta?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the local Okta over HTTPS", () => {
  it("serves an https issuer that Okta's SDK and JWT verifier trust through NODE_EXTRA_CA_CERTS alone", async () => {
    expect(okta.issuer).toMatch(/^https:\/\/localhost:\d+\/oauth2\/default$/);
    expect(okta.caFile).toBe(path.join(dataDir, "tls", "ca.pem"));
    const run = (env: Record<string, string | undefined>) =>
      promisify(execFile)(process.execPath, ["--input-type=module", "-e", CLIENT_SCRIPT, okta.url, okta.issuer], { cwd: process.cwd(), env: { ...process.env, ...env } });
    const { stdout } = await run({ NODE_EXTRA_CA_CERTS: okta.caFile });
    expect(JSON.parse(stdout.trim().split("\n").at(-1) ?? "")).toEqual({ cid: true, scp: ["patients.read"] });
    // Without the CA, the certificate is refused: the trust comes from ca.pem, not from a switch.
    await expect(run({ NODE_EXTRA_CA_CERTS: "" })).rejects.toThrow(/certificate/i);
  });
});
