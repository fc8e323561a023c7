import { randomBytes } from "node:crypto";
import { z } from "zod";
import { newOktaId } from "@/okta/simulation/okta-ids";
import { APP_TYPES, type StoredApp } from "./app-types";

// The OIDC app object of Okta's Apps API (OpenIdConnectApplication, as modelled by
// @okta/okta-sdk-nodejs 8.1.0). Unknown and read-only members (id, status, _links…) are dropped, as a
// PUT of a fetched object sends them back. Defaults are Okta's: a web app with the code flow.
const uri = z.string().refine((value) => URL.canParse(value), { error: "must be an absolute URI" });

export const appInputSchema = z.object({
  name: z.literal("oidc_client", { error: 'the local Okta serves OIDC apps only: expected "oidc_client"' }),
  label: z.string().trim().min(1).max(100),
  signOnMode: z.literal("OPENID_CONNECT").default("OPENID_CONNECT"),
  credentials: z
    .object({
      oauthClient: z
        .object({
          client_id: z.string().regex(/^[\w.~-]{1,100}$/, { error: "letters, digits and - . _ ~ only, at most 100" }).optional(),
          // Okta generates a secret when none is given; a given one must be long enough.
          client_secret: z.string().min(14, { error: "must be at least 14 characters" }).max(100).optional(),
          token_endpoint_auth_method: z.enum(["client_secret_basic", "client_secret_post", "none"]).default("client_secret_basic"),
          autoKeyRotation: z.boolean().default(true),
        })
        .default({ token_endpoint_auth_method: "client_secret_basic", autoKeyRotation: true }),
    })
    .default({ oauthClient: { token_endpoint_auth_method: "client_secret_basic", autoKeyRotation: true } }),
  settings: z.object({
    oauthClient: z.object({
      client_uri: uri.optional(),
      logo_uri: uri.optional(),
      redirect_uris: z.array(uri).default([]),
      post_logout_redirect_uris: z.array(uri).default([]),
      response_types: z.array(z.enum(["code", "token", "id_token"])).optional(),
      grant_types: z.array(z.string().min(1)).min(1).default(["authorization_code"]),
      application_type: z.enum(APP_TYPES).default("web"),
      pkce_required: z.boolean().optional(),
    }),
  }),
});

export type AppInput = z.output<typeof appInputSchema>;

// Grants the local Okta serves, and which app types may use them (Okta's OIDC app settings).
const GRANTS_BY_TYPE: Record<StoredApp["settings"]["oauthClient"]["application_type"], string[]> = {
  web: ["authorization_code", "refresh_token", "client_credentials"],
  browser: ["authorization_code", "refresh_token"],
  native: ["authorization_code", "refresh_token"],
  service: ["client_credentials"],
};
const UNSERVED_GRANTS = new Set(["implicit", "password", "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer", "urn:ietf:params:oauth:grant-type:saml2-bearer"]);

/**
 * The rules between fields that a schema cannot say, as "field: problem" causes for Okta's
 * E0000001 (okta-local/README.md "Apps"): public clients (browser, native with `none`) have no
 * secret and use PKCE; service apps use client credentials only and need a secret; the code flow
 * needs redirect URIs and the `code` response type.
 */
export function appInputProblems(input: AppInput): string[] {
  const { oauthClient: credentials } = input.credentials;
  const { application_type: type, grant_types: grants, redirect_uris: redirects } = input.settings.oauthClient;
  const responseTypes = input.settings.oauthClient.response_types ?? defaultResponseTypes(grants);
  const problems: string[] = [];
  for (const grant of grants) {
    if (UNSERVED_GRANTS.has(grant)) problems.push(`settings.oauthClient.grant_types: ${grant} is not served by the local Okta`);
    else if (!GRANTS_BY_TYPE[type].includes(grant)) problems.push(`settings.oauthClient.grant_types: ${grant} is not allowed for a ${type} app`);
  }
  if (type !== "service" && !grants.includes("authorization_code")) problems.push(`settings.oauthClient.grant_types: a ${type} app needs authorization_code`);
  if (grants.includes("authorization_code")) {
    if (redirects.length === 0) problems.push("settings.oauthClient.redirect_uris: required for the authorization_code grant type");
    if (!responseTypes.includes("code")) problems.push("settings.oauthClient.response_types: code is required for the authorization_code grant type");
  }
  if (responseTypes.some((responseType) => responseType !== "code" && !(type === "service" && responseType === "token"))) {
    problems.push("settings.oauthClient.response_types: the local Okta serves the code response type only (no implicit flow)");
  }
  const isPublic = credentials.token_endpoint_auth_method === "none";
  if (type === "browser" && !isPublic) problems.push("credentials.oauthClient.token_endpoint_auth_method: a browser app is a public client: none");
  if ((type === "web" || type === "service") && isPublic) {
    problems.push(`credentials.oauthClient.token_endpoint_auth_method: a ${type} app is a confidential client: client_secret_basic or client_secret_post`);
  }
  if (isPublic && credentials.client_secret !== undefined) problems.push("credentials.oauthClient.client_secret: a public client has no secret");
  if (isPublic && input.settings.oauthClient.pkce_required === false) problems.push("settings.oauthClient.pkce_required: PKCE is always required for public clients");
  return problems;
}

/** Okta's default response types: `token` for service apps, else `code`. */
export const defaultResponseTypes = (grants: string[]): string[] => (grants.includes("authorization_code") ? ["code"] : ["token"]);

/** The app as the API returns it: Okta's object with its `_links`, the seed marker left out. */
export function toApiApp(app: StoredApp, orgUrl: string) {
  const { seededAs, ...visible } = app;
  void seededAs;
  const self = `${orgUrl}/api/v1/apps/${app.id}`;
  const lifecycle = app.status === "ACTIVE" ? "deactivate" : "activate";
  return {
    ...visible,
    features: [],
    visibility: { autoLaunch: false, autoSubmitToolbar: false, hide: { iOS: true, web: true }, appLinks: { oidc_client_link: true } },
    accessibility: { selfService: false, errorRedirectUrl: null, loginRedirectUrl: null },
    settings: { app: {}, ...visible.settings, oauthClient: { ...visible.settings.oauthClient, issuer_mode: "ORG_URL", consent_method: "TRUSTED", wildcard_redirect: "DISABLED" } },
    _links: {
      self: { href: self },
      users: { href: `${self}/users` },
      groups: { href: `${self}/groups` },
      [lifecycle]: { href: `${self}/lifecycle/${lifecycle}`, hints: { allow: ["POST"] } },
    },
  };
}

/**
 * The stored app for `input`: a new one (id `0oa…`, client id = app id unless given, a generated
 * secret unless given) or `existing` replaced, keeping its id, client id and, when the input
 * leaves it out (a read-modify-write PUT), its secret.
 */
export function buildApp(input: AppInput, existing: StoredApp | undefined, now: string): StoredApp {
  const id = existing?.id ?? newOktaId("0oa");
  const { client_secret: givenSecret, ...credentials } = input.credentials.oauthClient;
  const isPublic = credentials.token_endpoint_auth_method === "none";
  const secret = isPublic ? undefined : (givenSecret ?? existing?.credentials.oauthClient.client_secret ?? randomBytes(30).toString("base64url"));
  const oauth = input.settings.oauthClient;
  return {
    id,
    name: "oidc_client",
    label: input.label,
    status: existing?.status ?? "ACTIVE",
    signOnMode: "OPENID_CONNECT",
    credentials: {
      oauthClient: {
        ...credentials,
        client_id: existing?.credentials.oauthClient.client_id ?? credentials.client_id ?? id,
        ...(secret !== undefined ? { client_secret: secret } : {}),
      },
    },
    settings: {
      oauthClient: {
        ...oauth,
        response_types: oauth.response_types ?? defaultResponseTypes(oauth.grant_types),
        pkce_required: isPublic || (oauth.pkce_required ?? false),
      },
    },
    created: existing?.created ?? now,
    lastUpdated: now,
  };
}
