import { OKTA_GUIDE_HOOK_AUTH } from "@/okta/guide-credentials";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The guide's credential as request headers. */
export const OKTA_GUIDE_AUTH = { authorization: OKTA_GUIDE_HOOK_AUTH.value };

/** One POST to the app's hook with Okta's headers (tests, benchmarks, the soak); the answer's status, text and JSON. */
export async function callHook(appUrl: string, body: unknown, headers: Record<string, string> = OKTA_GUIDE_AUTH) {
  const response = await fetch(`${appUrl}/api/hooks/token`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Json) : null };
}
