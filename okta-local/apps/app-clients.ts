import type { Adapter, AdapterFactory, ClientMetadata } from "oidc-provider";
import type { StateStore } from "../store/state-types";
import type { StoredApp } from "./app-types";

/** oidc-provider's client metadata for an Okta app. */
export function toClientMetadata(app: StoredApp): ClientMetadata {
  const { oauthClient: credentials } = app.credentials;
  const settings = app.settings.oauthClient;
  return {
    client_id: credentials.client_id,
    ...(credentials.client_secret !== undefined ? { client_secret: credentials.client_secret } : {}),
    client_name: app.label,
    // Okta's native apps may redirect to custom schemes and loopback; oidc-provider's "native" allows that.
    application_type: settings.application_type === "native" ? "native" : "web",
    redirect_uris: settings.redirect_uris,
    post_logout_redirect_uris: settings.post_logout_redirect_uris,
    grant_types: settings.grant_types,
    // A service app's `token` response type is Okta's way of saying "no authorize request".
    response_types: settings.response_types.filter((type) => type === "code"),
    token_endpoint_auth_method: credentials.token_endpoint_auth_method,
  };
}

/** The ACTIVE app whose client id is `clientId` (a deactivated app is no client, as in Okta). */
export const findActiveApp = (state: StateStore, clientId: string): StoredApp | undefined =>
  state.read().apps.find((app) => app.status === "ACTIVE" && app.credentials.oauthClient.client_id === clientId);

/**
 * oidc-provider's storage for its `Client` model, read from the apps in state.json: the provider
 * looks a client up on every request (and caches it by content), so an app created, changed or
 * deactivated through the Apps API applies at the next request. Writes are refused: apps change
 * only through the Apps API (oidc-provider's dynamic registration is off).
 */
export function withAppClients(state: StateStore, others: AdapterFactory): AdapterFactory {
  const refuse = async () => {
    throw new Error("clients are managed through /api/v1/apps");
  };
  const clients: Adapter = {
    async find(id) {
      const app = findActiveApp(state, id);
      return app && toClientMetadata(app);
    },
    upsert: refuse,
    findByUid: async () => undefined,
    findByUserCode: async () => undefined,
    consume: refuse,
    destroy: refuse,
    revokeByGrantId: refuse,
  };
  return (model: string) => (model === "Client" ? clients : others(model));
}
