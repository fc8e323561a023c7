import { expect, type APIRequestContext } from "@playwright/test";
import { parseEnv } from "@/lib/config/env";
import { OKTA_URL } from "./stack";

/** The parts of Okta's inline hook object (Management API) that these tests touch. */
interface InlineHook {
  id: string;
  type: string;
  channel: {
    config: { uri: string; authScheme?: { type: string; key: string; value?: string } } & Record<string, unknown>;
  };
}

const headers = { Authorization: "SSWS local-okta-api-token", Accept: "application/json" };

async function findTokenHook(request: APIRequestContext): Promise<InlineHook> {
  const response = await request.get(`${OKTA_URL}/api/v1/inlineHooks`, { headers });
  expect(response.ok(), await response.text()).toBe(true);
  const hooks = (await response.json()) as InlineHook[];
  const hook = hooks.find((candidate) => candidate.type === "com.okta.oauth2.tokens.transform");
  if (!hook) throw new Error("The local Okta has no token inline hook");
  return hook;
}

async function putHook(request: APIRequestContext, hook: InlineHook): Promise<void> {
  const response = await request.put(`${OKTA_URL}/api/v1/inlineHooks/${hook.id}`, { headers, data: hook });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Puts `changed`, runs `body`, and puts `restored` back whatever happens. */
async function withHookReplaced(
  request: APIRequestContext,
  changed: InlineHook,
  restored: InlineHook,
  body: () => Promise<void>,
): Promise<void> {
  await putHook(request, changed);
  try {
    await body();
  } finally {
    await putHook(request, restored);
  }
}

function withSecret(hook: InlineHook, key: string, value: string): InlineHook {
  return { ...hook, channel: { ...hook.channel, config: { ...hook.channel.config, authScheme: { type: "HEADER", key, value } } } };
}

/**
 * Runs `body` while the local Okta sends the hook a wrong secret (so the hook answers 401), then
 * restores a working secret whatever happens. Okta never returns a hook's secret, so the one put
 * back is the first the app accepts: the same settings the stack gives the hook.
 */
export async function withWrongHookSecret(request: APIRequestContext, body: () => Promise<void>): Promise<void> {
  const original = await findTokenHook(request);
  const { HOOK_AUTH_HEADER, hookAuthSecrets } = parseEnv(process.env);
  const workingSecret = hookAuthSecrets[0];
  if (!workingSecret) throw new Error("No hook secret to restore: set HOOK_AUTH_SECRETS");
  const restored = withSecret(original, original.channel.config.authScheme?.key ?? HOOK_AUTH_HEADER, workingSecret);
  await withHookReplaced(request, withSecret(original, "Authorization", "Basic wrong"), restored, body);
}

/**
 * Runs `body` while the local Okta calls `uri` instead of the app's hook, then points it back
 * whatever happens. A new URI must come with the secret again (the local Okta refuses to keep a
 * secret for a URI it was not given for), so both PUTs carry the one the app accepts.
 */
export async function withHookUri(request: APIRequestContext, uri: string, body: () => Promise<void>): Promise<void> {
  const original = await findTokenHook(request);
  const { HOOK_AUTH_HEADER, hookAuthSecrets } = parseEnv(process.env);
  const secret = hookAuthSecrets[0];
  if (!secret) throw new Error("No hook secret to send: set HOOK_AUTH_SECRETS");
  const restored = withSecret(original, original.channel.config.authScheme?.key ?? HOOK_AUTH_HEADER, secret);
  const changed = { ...restored, channel: { ...restored.channel, config: { ...restored.channel.config, uri } } };
  await withHookReplaced(request, changed, restored, body);
}
