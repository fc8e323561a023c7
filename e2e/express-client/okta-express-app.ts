import type { Server } from "node:http";
import oidcMiddleware from "@okta/oidc-middleware";
import express from "express";
import session from "express-session";

export type ExpressClient = { url: string; errors: Error[]; stop(): Promise<void> };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const decodePayload = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));

/**
 * A second client of the local Okta, built the way Okta's Express sample (okta-hosted-login) is:
 * Okta's own OIDC middleware and express-session. Its /profile lists the ID token's claims, as
 * the token inline hook guide's extension of that sample does, and shows the raw tokens so the
 * test can hand them to Okta's verifier. Errors the middleware emits (a failed revoke at logout,
 * say) are collected.
 */
export async function startExpressClient(config: { issuer: string; clientId: string; clientSecret: string; port: number }): Promise<ExpressClient> {
  const appBaseUrl = `http://localhost:${config.port}`;
  // A CommonJS package: its named export is a property of the default one under ESM.
  const oidc = new oidcMiddleware.ExpressOIDC({
    issuer: config.issuer,
    client_id: config.clientId,
    client_secret: config.clientSecret,
    appBaseUrl,
    scope: "openid profile email",
    testing: { disableHttpsCheck: true },
  });
  const errors: Error[] = [];
  oidc.on("error", (error: Error) => errors.push(error));

  const app = express();
  app.use(session({ secret: "express-client-test-session-secret", resave: true, saveUninitialized: false }));
  app.use(oidc.router);
  app.get("/", (req, res) => {
    const signedIn = Boolean(req.userContext);
    res.send(`<!doctype html><title>Express client</title><h1>${signedIn ? "Signed in" : "Signed out"}</h1>
<form method="post" action="/logout"><button>Log out</button></form>`);
  });
  app.get("/profile", oidc.ensureAuthenticated(), (req, res) => {
    const tokens: { id_token?: string; access_token?: string } = req.userContext?.tokens ?? {};
    const claims = Object.entries(decodePayload(String(tokens.id_token)));
    const rows = claims.map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td id="claim-${escapeHtml(name)}">${escapeHtml(String(value))}</td></tr>`);
    res.send(`<!doctype html><title>My Profile</title><h1>My Profile</h1>
<table><caption>ID token claims</caption>${rows.join("")}</table>
<pre id="id-token">${escapeHtml(String(tokens.id_token))}</pre><pre id="access-token">${escapeHtml(String(tokens.access_token))}</pre>
<form method="post" action="/logout"><button>Log out</button></form>`);
  });

  await new Promise<void>((resolve, reject) => {
    oidc.on("ready", resolve);
    setTimeout(() => reject(new Error(`the OIDC middleware did not get ready: ${errors.map(String).join("; ")}`)), 15_000).unref();
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, "127.0.0.1", () => resolve(listening));
  });
  return {
    url: appBaseUrl,
    errors,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
