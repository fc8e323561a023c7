import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@okta/okta-sdk-nodejs";
import { startOktaLocal, type OktaLocal, type OktaLocalOptions } from "../server";

export const API_TOKEN = "local-okta-api-token";

/**
 * A local Okta on a free port with its own data dir, and Okta's own Management API client
 * (@okta/okta-sdk-nodejs) pointed at it: the SDK is the judge of the API's shapes.
 */
export async function startLocalOrg(options: Partial<OktaLocalOptions> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "okta-local-org-"));
  const okta: OktaLocal = await startOktaLocal({
    port: 0,
    appUrl: "http://localhost:3000",
    dataDir,
    hookUrl: "http://127.0.0.1:9/unused",
    clientId: "org-test-client",
    clientSecret: "org-test-client-secret",
    ...options,
  });
  const sdk = new Client({ orgUrl: okta.url, token: API_TOKEN, cacheMiddleware: null });
  const api = (pathname: string, init: RequestInit = {}) =>
    fetch(`${okta.url}${pathname}`, { ...init, headers: { Authorization: `SSWS ${API_TOKEN}`, "Content-Type": "application/json", Accept: "application/json", ...init.headers } });
  return {
    okta,
    sdk,
    api,
    dataDir,
    async stop() {
      await okta.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type LocalOrg = Awaited<ReturnType<typeof startLocalOrg>>;

/** client_credentials at the token endpoint with client_secret_basic. */
export async function clientCredentials(issuer: string, client: { id: string; secret: string }, scope?: string) {
  const response = await fetch(`${issuer}/v1/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", ...(scope !== undefined ? { scope } : {}) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
