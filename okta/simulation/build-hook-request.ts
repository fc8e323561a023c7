import { TOKEN_HOOK_EVENT_TYPE, type TokenHookRequest } from "../hook-request/request-schema";
import { LOCAL_ORG_ID, newEventId, stableOktaId } from "./okta-ids";
import type { MintContext, ProtocolRequest } from "./mint-context";
import type { TokenDraft, TokenDrafts } from "./draft-tokens";
import type { OktaUserProfile } from "./okta-user";

type Lifetime = { lifetime: { expiration: number } };

/** The body Okta POSTs to a token hook (docs/okta-token-hook.md §2), typed as exactly what we send. */
export type OktaTokenHookRequest = {
  eventId: string;
  eventTime: string;
  eventType: typeof TOKEN_HOOK_EVENT_TYPE;
  eventTypeVersion: "1.0";
  contentType: "application/json";
  cloudEventVersion: "0.1";
  source: string;
  data: {
    context: {
      request: { id: string; method: string; url: { value: string }; ipAddress: string };
      protocol: {
        type: "OAUTH2.0";
        request: ProtocolRequest;
        OriginalGrant?: { authorization: ProtocolRequest; refresh_token: { jti: string } };
        issuer: { uri: string };
        client: { id: string; name: string; type: string };
      };
      session?: {
        id: string;
        userId: string;
        login: string;
        createdAt: string;
        expiresAt: string;
        status: "ACTIVE";
        lastPasswordVerification: string;
        amr: string[];
        idp: { id: string; type: "OKTA" };
        mfaActive: boolean;
      };
      user?: {
        id: string;
        passwordChanged: string;
        profile: { login: string; firstName: string; lastName: string; locale: string; timeZone: string };
        _links: { groups: { href: string }; factors: { href: string } };
      };
      policy: { id: string; rule: { id: string } };
    };
    identity?: { claims: Record<string, unknown>; token: Lifetime };
    access: { claims: Record<string, unknown>; token: Lifetime; scopes: Record<string, { id: string; action: "GRANT" }> };
    refresh_token?: { jti: string };
  };
};

// Compile-time check that what we send is what the hook's schema reads.
const fitsSchema = (request: OktaTokenHookRequest): TokenHookRequest => request;
void fitsSchema;

/** Okta's timestamps: ISO 8601 UTC with whole seconds, e.g. `2019-01-15T23:20:47.000Z` (docs/okta-token-hook.md §2.1). */
export const oktaTime = (date: Date): string => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

const withLifetime = (draft: TokenDraft) => ({ claims: draft.claims, token: { lifetime: { expiration: draft.lifetimeSeconds } } });

type Context = OktaTokenHookRequest["data"]["context"];

const sessionOf = (session: NonNullable<MintContext["session"]>, user: OktaUserProfile): NonNullable<Context["session"]> => ({
  id: session.id,
  userId: user.id,
  login: user.login,
  createdAt: oktaTime(session.createdAt),
  expiresAt: oktaTime(session.expiresAt),
  status: "ACTIVE",
  lastPasswordVerification: oktaTime(session.lastPasswordVerification),
  amr: ["PASSWORD"],
  idp: { id: LOCAL_ORG_ID, type: "OKTA" },
  mfaActive: false,
});

function userOf(user: OktaUserProfile, orgUrl: string): NonNullable<Context["user"]> {
  const userUrl = `${orgUrl}/api/v1/users/${user.id}`;
  return {
    id: user.id,
    passwordChanged: oktaTime(new Date(user.passwordChanged)),
    profile: { login: user.login, firstName: user.firstName, lastName: user.lastName, locale: user.locale, timeZone: user.timeZone },
    _links: { groups: { href: `${userUrl}/groups` }, factors: { href: `${userUrl}/factors` } },
  };
}

/**
 * The request Okta would send for these tokens. Field order follows a real capture
 * (docs/okta-token-hook.md §2.1); `identity` only when an ID token is minted, `refresh_token` only when a refresh
 * token is issued (§2.3, §2.5).
 */
export function buildTokenHookRequest(
  mint: MintContext,
  drafts: TokenDrafts,
  event: { id: string; time: Date } = { id: newEventId(), time: mint.now },
): OktaTokenHookRequest {
  const { user, session } = mint;
  return {
    eventId: event.id,
    eventTime: oktaTime(event.time),
    eventType: TOKEN_HOOK_EVENT_TYPE,
    eventTypeVersion: "1.0",
    contentType: "application/json",
    cloudEventVersion: "0.1",
    // docs/okta-token-hook.md §2.1: the URL of the authorization server endpoint that triggered minting.
    source: `${mint.issuer}/v1/${mint.trigger.endpoint}`,
    data: {
      context: {
        request: {
          id: mint.trigger.requestId,
          method: mint.trigger.method,
          url: { value: mint.trigger.url },
          ipAddress: mint.trigger.ipAddress,
        },
        protocol: {
          type: "OAUTH2.0",
          request: mint.protocolRequest,
          ...(mint.originalGrant
            ? {
                OriginalGrant: {
                  authorization: mint.originalGrant.authorization,
                  refresh_token: { jti: mint.originalGrant.refreshTokenJti },
                },
              }
            : {}),
          issuer: { uri: mint.issuer },
          client: mint.client,
        },
        ...(session && user ? { session: sessionOf(session, user) } : {}),
        // docs/okta-token-hook.md §1: client credentials have no user, so no session or user either.
        ...(user ? { user: userOf(user, mint.orgUrl) } : {}),
        policy: mint.policy,
      },
      ...(drafts.identity ? { identity: withLifetime(drafts.identity) } : {}),
      access: {
        ...withLifetime(drafts.access),
        // docs/okta-token-hook.md §2.4: scope name → {id, action}; the ids are stable per scope, as in an org.
        scopes: Object.fromEntries(
          mint.scopes.map((scope) => [scope, { id: stableOktaId("scp", scope), action: "GRANT" as const }]),
        ),
      },
      ...(mint.refreshTokenJti ? { refresh_token: { jti: mint.refreshTokenJti } } : {}),
    },
  };
}
