import path from "node:path";
import Koa from "koa";
import { errors, Provider } from "oidc-provider";
import { OKTA_GUIDE_HOOK_AUTH } from "@/okta/guide-credentials";
import { adminAccess } from "./admin/admin-pages";
import { openDirectory } from "./directory/directory";
import { readAppsFile } from "./apps/apps-file";
import { projectClientSeed } from "./apps/seed-apps";
import { createAdminSessions } from "./admin/admin-sessions";
import { listen } from "./http/listen";
import { createRouter } from "./http/router";
import { allManagementRoutes } from "./management/management-routes";
import { oktaNotFound } from "./management/okta-not-found";
import { escapeHtml, renderPage } from "./pages/html";
import { logsPage } from "./pages/logs-page";
import { previewRoutes } from "./pages/preview-page";
import { signInRoutes } from "./pages/sign-in";
import { createAuthorizeRecords } from "./provider/authorize-records";
import { oktaDiscovery } from "./provider/discovery";
import { keepOfflineAccess } from "./provider/grant-requested-scopes";
import { createOktaTokenMinting } from "./provider/okta-token-minting";
import { buildProviderConfiguration } from "./provider/provider-config";
import { userInfoRoute } from "./provider/userinfo";
import { tokenIntrospectionRoutes } from "./provider/token-introspection";
import { createRevokedTokens } from "./store/revoked-tokens";
import { loadOrCreateKeys, publicJwks } from "./store/keys";
import { openPersistentStore } from "./store/persistent-store";
import { createProviderAdapter } from "./store/provider-adapter";
import { findRuleInlineHook } from "./store/match-policy-rule";
import { openStateStore } from "./store/state-store";
import { createSystemLog } from "./system-log";
import { openUserDirectory } from "./users";
import { DEFAULT_API_TOKEN, DEFAULT_READONLY_API_TOKEN, findExposedDefaults } from "./loopback";

export type OktaLocalOptions = {
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on: loopback unless set (e.g. 0.0.0.0 in a container). */
  host?: string;
  appUrl: string;
  dataDir: string;
  hookUrl?: string;
  hookAuthHeader?: string;
  hookAuthValue?: string;
  /** The project's own client, registered as the app "Patient Claims" on first start. */
  clientId: string;
  clientSecret: string;
  /** A JSON file of apps to register at start (apps/apps-file.ts). */
  appsFile?: string;
  apiToken?: string;
  /** A read-only admin's API token: reads work, writes get 403 E0000006. */
  readOnlyApiToken?: string;
  /** Serve HTTPS with a certificate created on first use (tls/local-certificate.ts); HTTP otherwise. */
  https?: boolean;
  /** Okta's is 3 s (docs/okta-token-hook.md §4.2); only tests should change it. */
  hookTimeoutMs?: number;
};

export type OktaLocal = {
  issuer: string;
  url: string;
  /** With HTTPS: the certificate authority file to trust (NODE_EXTRA_CA_CERTS). */
  caFile?: string;
  stop(): Promise<void>;
};

/** The path of Okta's `default` custom authorization server; the provider owns everything below it. */
export const AUTHORIZATION_SERVER_PATH = "/oauth2/default";

/** Endpoints the local Okta answers itself, as Okta does, where oidc-provider answers differently. */
const TAKEN_FROM_PROVIDER = new Set(["/v1/userinfo", "/v1/introspect", "/v1/revoke"]);

/** Starts the local Okta: a custom authorization server that calls the token inline hook as Okta does. */
export async function startOktaLocal(options: OktaLocalOptions): Promise<OktaLocal> {
  const host = options.host ?? "127.0.0.1";
  const exposed = findExposedDefaults({ host, ...options });
  if (exposed.length > 0) {
    throw new Error(`The local Okta refuses to listen on ${host} (off loopback) with published defaults:\n  - ${exposed.join("\n  - ")}`);
  }
  const dataDir = path.resolve(options.dataDir);
  const server = await listen({ port: options.port, host, https: options.https ?? false, dataDir });
  const orgUrl = server.origin;
  const issuer = `${orgUrl}${AUTHORIZATION_SERVER_PATH}`;
  const appUrl = options.appUrl.replace(/\/+$/, "");

  const keys = await loadOrCreateKeys(dataDir);
  const store = openPersistentStore(path.join(dataDir, "sessions.json"));
  const state = openStateStore(dataDir, {
    hook: {
      uri: options.hookUrl ?? `${appUrl}/api/hooks/token`,
      authHeader: options.hookAuthHeader ?? "Authorization",
      authValue: options.hookAuthValue ?? OKTA_GUIDE_HOOK_AUTH.value,
    },
    apps: [projectClientSeed({ appUrl, clientId: options.clientId, clientSecret: options.clientSecret }), ...(options.appsFile ? readAppsFile(options.appsFile) : [])],
  });
  const tokens = {
    apiToken: options.apiToken ?? DEFAULT_API_TOKEN,
    readOnlyApiToken: options.readOnlyApiToken ?? DEFAULT_READONLY_API_TOKEN,
  };
  const seedUsers = openUserDirectory();
  seedUsers.all(); // fail at start, not at the first sign-in, when users.json is invalid
  const users = openDirectory(seedUsers, state);
  const systemLog = createSystemLog();
  const admin = adminAccess({ users, sessions: createAdminSessions(users) });
  const records = createAuthorizeRecords(store, orgUrl);
  const minting = createOktaTokenMinting({
    issuer,
    orgUrl,
    users,
    state,
    records,
    systemLog,
    findHook: (mint) => findRuleInlineHook(state.read(), mint.policy.rule.id),
    hookTimeoutMs: options.hookTimeoutMs,
  });

  const provider = new Provider(
    issuer,
    buildProviderConfiguration({ keys, state, adapter: createProviderAdapter(store), users, minting }),
  );
  minting.install(provider);
  provider.use(records.middleware);
  provider.use(keepOfflineAccess);
  provider.use(oktaDiscovery(state));
  provider.on("server_error", (_ctx, error: Error) => {
    if (!(error instanceof errors.CustomOIDCProviderError)) console.error("[okta-local] provider error:", error);
  });

  const revoked = createRevokedTokens(store);
  const userInfo = userInfoRoute({ issuer, jwks: publicJwks(keys), users, state, revoked });
  const tokenRoutes = tokenIntrospectionRoutes({ issuer, jwks: publicJwks(keys), provider, state, users, records, revoked });

  const app = new Koa();
  app.use(oktaNotFound);
  app.use(
    createRouter([
      ["GET", "/", (ctx) => void (ctx.body = renderPage({ title: "Home", body: `<h1>Local Okta</h1><p>Issuer: <code>${escapeHtml(issuer)}</code></p>` }))],
      ...signInRoutes({ provider, users }),
      ...admin.routes,
      // The Admin Console's pages need an administrator's sign-in, as in Okta.
      ["GET", "/logs", admin.guard(logsPage(systemLog))],
      ...previewRoutes({
        issuer,
        orgUrl,
        users,
        state,
        hookTimeoutMs: options.hookTimeoutMs,
      }).map(([method, path, handler]) => [method, path, admin.guard(handler)] as [string, string, typeof handler]),
      ...allManagementRoutes({ state, systemLog, orgUrl, tokens, directory: users }),
      ["GET", `${AUTHORIZATION_SERVER_PATH}/v1/userinfo`, userInfo],
      ["POST", `${AUTHORIZATION_SERVER_PATH}/v1/userinfo`, userInfo],
      ["POST", `${AUTHORIZATION_SERVER_PATH}/v1/introspect`, tokenRoutes.introspect],
      ["POST", `${AUTHORIZATION_SERVER_PATH}/v1/revoke`, tokenRoutes.revoke],
    ]),
  );

  const appCallback = app.callback();
  const providerCallback = provider.callback();
  server.serve((req, res) => {
    const url = req.url ?? "/";
    const pathname = url.split("?")[0] ?? "/";
    const ownedByProvider = pathname.startsWith(`${AUTHORIZATION_SERVER_PATH}/`) && !TAKEN_FROM_PROVIDER.has(pathname.slice(AUTHORIZATION_SERVER_PATH.length));
    if (!ownedByProvider) return void appCallback(req, res);
    // Okta serves its metadata at both well-known names; oidc-provider only at the OpenID one.
    const inner = url.slice(AUTHORIZATION_SERVER_PATH.length).replace(/^\/\.well-known\/oauth-authorization-server/, "/.well-known/openid-configuration");
    // Mounted like Express does it: oidc-provider finds its mount path from req.originalUrl.
    Object.assign(req, { originalUrl: `${AUTHORIZATION_SERVER_PATH}${inner}`, url: inner });
    providerCallback(req, res);
  });

  return {
    issuer,
    url: orgUrl,
    caFile: server.caFile,
    async stop() {
      await server.close();
      store.flush();
    },
  };
}
