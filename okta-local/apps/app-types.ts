/**
 * An OIDC app as Okta's Apps API shows it (`name: "oidc_client"`, `signOnMode: "OPENID_CONNECT"`),
 * reduced to what an authorization server uses. `application_type` decides the kind of client
 * (okta-local/README.md "Apps"): `web` (confidential, code flow), `browser` and `native` (public,
 * code flow with PKCE and no secret), `service` (confidential, client credentials only).
 */
export type StoredApp = {
  id: string;
  name: "oidc_client";
  label: string;
  status: "ACTIVE" | "INACTIVE";
  signOnMode: "OPENID_CONNECT";
  credentials: {
    oauthClient: {
      client_id: string;
      /** Absent for public clients (`token_endpoint_auth_method: "none"`). */
      client_secret?: string;
      token_endpoint_auth_method: TokenEndpointAuthMethod;
      autoKeyRotation: boolean;
    };
  };
  settings: {
    oauthClient: {
      client_uri?: string;
      logo_uri?: string;
      redirect_uris: string[];
      post_logout_redirect_uris: string[];
      response_types: string[];
      grant_types: string[];
      application_type: ApplicationType;
      /** Okta: PKCE is always required for public clients; web apps may require it too. */
      pkce_required: boolean;
    };
  };
  created: string;
  lastUpdated: string;
  /**
   * Set on an app the stack registered (the project's own client, the apps file): the JSON of what
   * it registered. While the app still equals it, a restart updates it to the stack's current
   * settings; once a person changes it through the API, it is theirs (store/seed-apps.ts).
   */
  seededAs?: string;
};

export type ApplicationType = "web" | "browser" | "native" | "service";
export type TokenEndpointAuthMethod = "client_secret_basic" | "client_secret_post" | "none";

export const APP_TYPES: readonly ApplicationType[] = ["web", "browser", "native", "service"];
