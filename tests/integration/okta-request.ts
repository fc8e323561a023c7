import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

const fixture = path.resolve("../shared/okta/fixtures/requests/devdocs-reference-sample-2024-01.json");

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Okta's own sample request (read in place), with the login and a fresh eventId set. */
export function oktaSampleRequest(login: string): Json {
  const request = JSON.parse(readFileSync(fixture, "utf8")) as Json;
  request.eventId = randomUUID();
  request.data.context.user.profile.login = login;
  request.data.identity.claims.preferred_username = login;
  return request;
}

export const OKTA_GUIDE_AUTH = { authorization: "Basic YWRtaW46c3VwZXJzZWNyZXQ=" };

export async function callHook(appUrl: string, body: unknown, headers: Record<string, string> = OKTA_GUIDE_AUTH) {
  const response = await fetch(`${appUrl}/api/hooks/token`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Json) : null };
}
