import type { LocalOktaState } from "../store/state-types";
import { buildApp, type AppInput } from "./app-schema";
import type { StoredApp } from "./app-types";

/** An app the stack registers itself: the project's own client, or one from the apps file. */
export type AppSeed = AppInput & { credentials: { oauthClient: { client_id: string } } };

/** What a person may change and a restart would update: everything but the id, status and times. */
const fingerprint = (app: StoredApp): string => JSON.stringify([app.label, app.credentials, app.settings]);

/**
 * Registers each seed whose client id is not registered yet. An app registered from a seed
 * follows the seed (e.g. the redirect URI after `PORT` changed) as long as nobody changed it
 * through the API; once a person did, it stays as they left it.
 */
export function seedApps(state: LocalOktaState, seeds: AppSeed[], now: string): void {
  for (const seed of seeds) {
    const index = state.apps.findIndex((app) => app.credentials.oauthClient.client_id === seed.credentials.oauthClient.client_id);
    const existing = state.apps[index];
    if (!existing) {
      const app = buildApp(seed, undefined, now);
      state.apps.push({ ...app, seededAs: fingerprint(app) });
      continue;
    }
    if (existing.seededAs !== fingerprint(existing)) continue;
    const app = { ...buildApp(seed, existing, now), lastUpdated: existing.lastUpdated };
    if (fingerprint(app) !== existing.seededAs) state.apps[index] = { ...app, lastUpdated: now, seededAs: fingerprint(app) };
  }
}

/** The project's own client: a web app calling back to Auth.js's Okta route. */
export function projectClientSeed({ appUrl, clientId, clientSecret }: { appUrl: string; clientId: string; clientSecret: string }): AppSeed {
  return {
    name: "oidc_client",
    label: "Patient Claims",
    signOnMode: "OPENID_CONNECT",
    credentials: { oauthClient: { client_id: clientId, client_secret: clientSecret, token_endpoint_auth_method: "client_secret_basic", autoKeyRotation: true } },
    settings: {
      oauthClient: {
        redirect_uris: [`${appUrl}/api/auth/callback/okta`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        application_type: "web",
      },
    },
  };
}
