import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Okta's own sample payloads, copied in with their sources (okta/fixtures/README.md).
const FIXTURES = new URL("./fixtures/", import.meta.url);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The absolute path of a fixture, e.g. `requests/devdocs-reference-sample-2024-01.json`. */
export const oktaFixturePath = (relative: string): string => fileURLToPath(new URL(relative, FIXTURES));

/** A fixture's text, exactly as Okta published it. */
export const readOktaFixture = (relative: string): string => readFileSync(oktaFixturePath(relative), "utf8");

/** The sample request of Okta's token hook reference: the request every test starts from. */
export const OKTA_SAMPLE_REQUEST_FIXTURE = "requests/devdocs-reference-sample-2024-01.json";

/** Okta's sample request with the login and a fresh eventId set, as Okta would send it for that user. */
export function oktaSampleRequest(login: string): Json {
  const request = JSON.parse(readOktaFixture(OKTA_SAMPLE_REQUEST_FIXTURE)) as Json;
  request.eventId = randomUUID();
  request.data.context.user.profile.login = login;
  request.data.identity.claims.preferred_username = login;
  return request;
}
