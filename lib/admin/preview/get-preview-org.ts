import "server-only";
import { getEnv } from "@/lib/config/env";
import type { PreviewOrg } from "./build-preview-request";

// Placeholders where the app has no setting, as Okta's Preview tab uses (docs/okta-token-hook.md §4.6); the hook
// reads only the login, so they change nothing in its answer.
const PLACEHOLDER_ISSUER = "https://your-org.okta.com/oauth2/default";
const PLACEHOLDER_APP_URL = "https://your-app.example.com";

/** The Okta org and OIDC client this app signs in with, for simulated hook requests. */
export function getPreviewOrg(): PreviewOrg {
  const env = getEnv();
  const appOrigin = env.APP_URL ? new URL(env.APP_URL).origin : PLACEHOLDER_APP_URL;
  return {
    issuer: env.AUTH_OKTA_ISSUER?.replace(/\/$/, "") ?? PLACEHOLDER_ISSUER,
    client: { id: env.AUTH_OKTA_ID ?? "patient-claims", name: "Patient Claims", redirectUri: `${appOrigin}/api/auth/callback/okta` },
  };
}
