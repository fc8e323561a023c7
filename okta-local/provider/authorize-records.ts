import type { KoaContextWithOIDC } from "oidc-provider";
import type { ProtocolRequest } from "@/okta/simulation/mint-context";
import { newRequestId, stableOktaId } from "@/okta/simulation/okta-ids";
import type { PersistentStore } from "../store/persistent-store";

/** The `/v1/authorize` request as Okta reports it in the hook's `context` (docs/okta-token-hook.md §2.2). */
export type AuthorizeRecord = {
  requestId: string;
  method: string;
  /** The full URL the client called, query string included. */
  url: string;
  ipAddress: string;
  protocolRequest: ProtocolRequest;
};

/** What the refresh grant needs to report `protocol.OriginalGrant` and `refresh_token.jti`. */
export type RefreshRecord = { oktaRefreshId: string; authorize?: AuthorizeRecord };

const INTERACTION_TTL_SECONDS = 3600;
const CODE_TTL_SECONDS = 600;

/** docs/okta-token-hook.md §2.5: Okta's refresh token id (`oar…`), stable for the token's life and safe to log. */
export const oktaRefreshIdFor = (seed: string): string => stableOktaId("oar", `refresh:${seed}`);

/** Okta reports IPv4 addresses; Node reports IPv4 clients as IPv4-mapped IPv6. */
export const clientIp = (ip: string): string => ip.replace(/^::ffff:/, "");

const protocolRequestOf = (params: Record<string, unknown>): ProtocolRequest => {
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  return Object.fromEntries(
    Object.entries({
      scope: text("scope"),
      state: text("state"),
      redirect_uri: text("redirect_uri"),
      // docs/okta-token-hook.md §2.2: Okta reports the resolved mode; a code request defaults to query.
      response_mode: text("response_mode") ?? "query",
      response_type: text("response_type"),
      client_id: text("client_id"),
    }).filter(([, value]) => value !== undefined),
  );
};

/**
 * Remembers each authorization request until its code is exchanged, and each refresh token's
 * original request. Okta calls the hook at `/v1/authorize` for the code flow (docs/okta-token-hook.md §1) and
 * reports that request; oidc-provider mints at `/v1/token`, after the browser has left, so the
 * authorize request is captured here (a documented pre/post provider middleware) and replayed
 * into the hook request at `/v1/token`.
 */
export function createAuthorizeRecords(store: PersistentStore, orgUrl: string) {
  const forCode = (codeJti: string) => store.get<AuthorizeRecord>(`okta:authorize:code:${codeJti}`);

  async function middleware(ctx: KoaContextWithOIDC, next: () => Promise<unknown>) {
    // ctx.oidc exists only once the provider has routed the request, so capture the raw request first.
    const seen = {
      requestId: newRequestId(),
      method: ctx.method,
      // server.ts keeps the unmounted path in req.originalUrl, as Express does.
      url: `${orgUrl}${(ctx.req as { originalUrl?: string }).originalUrl ?? ctx.url}`,
      ipAddress: clientIp(ctx.ip),
    };
    await next();
    const oidc = ctx.oidc as KoaContextWithOIDC["oidc"] | undefined;
    const { Interaction: interaction, AuthorizationCode: code, RefreshToken: refreshToken } = oidc?.entities ?? {};

    if (oidc?.route === "authorization" && oidc.params) {
      const record: AuthorizeRecord = { ...seen, protocolRequest: protocolRequestOf(oidc.params) };
      // Sign-in needed: keep it under the interaction chain id until the code is issued at resume.
      if (interaction) store.set(`okta:authorize:interaction:${interaction.cid}`, record, INTERACTION_TTL_SECONDS);
      if (code) store.set(`okta:authorize:code:${code.jti}`, record, CODE_TTL_SECONDS);
    }
    if (oidc?.route === "resume" && interaction && code) {
      const record = store.get<AuthorizeRecord>(`okta:authorize:interaction:${interaction.cid}`);
      if (record) store.set(`okta:authorize:code:${code.jti}`, record, CODE_TTL_SECONDS);
    }
    if (oidc?.route === "token" && ctx.status === 200 && code && refreshToken) {
      const remaining = (refreshToken.exp ?? 0) - Math.floor(Date.now() / 1000);
      const record: RefreshRecord = { oktaRefreshId: oktaRefreshIdFor(code.jti), authorize: forCode(code.jti) };
      store.set(`okta:refresh:${refreshToken.jti}`, record, Math.max(remaining, 1));
    }
  }

  return {
    middleware,
    forCode,
    forRefreshToken: (refreshTokenJti: string) => store.get<RefreshRecord>(`okta:refresh:${refreshTokenJti}`),
  };
}

export type AuthorizeRecords = ReturnType<typeof createAuthorizeRecords>;
