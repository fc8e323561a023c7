import NextAuth, { AuthError, customFetch, type Profile } from "next-auth";
import Okta from "next-auth/providers/okta";
import { fetchNotingRefusals, reportOktaRefusals } from "@/lib/sign-in/okta-token-refusal";
import { getEnv } from "@/lib/config/env";
import { describeError, log } from "@/lib/common/log";
import { decodeToken } from "@/lib/sign-in/decode-token";
import { checkSessionLifetime, type SessionEnd } from "@/lib/sign-in/session-lifetime";

/** Okta sends `groups` when the groups scope is granted and a groups claim is set up. */
function readGroups(...sources: (Record<string, unknown> | null | undefined)[]): string[] {
  for (const source of sources) {
    const groups = source?.groups;
    if (Array.isArray(groups)) return groups.filter((group): group is string => typeof group === "string");
  }
  return [];
}

const env = getEnv();
const sessionLimits = { idleTimeoutSeconds: env.SESSION_IDLE_TIMEOUT_SECONDS, maxAgeSeconds: env.SESSION_MAX_AGE_SECONDS };
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Auth.js's error type and its cause's message (its own message is only a docs link). */
function describeAuthError(error: Error) {
  const cause = error instanceof AuthError ? (error.cause as { err?: unknown } | undefined)?.err : undefined;
  return {
    name: error instanceof AuthError ? error.type : error.name,
    reason: describeError(error),
    cause: cause === undefined ? undefined : describeError(cause),
  };
}

// Unset AUTH_* settings do not stop `next build`; Auth.js reports them at the first sign-in, and
// the home page says what is missing. (Lazy config, `NextAuth(() => …)`, would make `auth(handler)`
// return a promise, which proxy.ts cannot export.)
const nextAuth = NextAuth({
  providers: [
    Okta({
      issuer: env.AUTH_OKTA_ISSUER,
      clientId: env.AUTH_OKTA_ID,
      clientSecret: env.AUTH_OKTA_SECRET,
      authorization: { params: { scope: "openid profile email groups" } },
      // Keeps Okta's reason when it refuses the tokens (a token hook's error object).
      [customFetch]: fetchNotingRefusals,
    }),
  ],
  secret: env.AUTH_SECRET,
  // The cookie lives as long as the absolute lifetime; the jwt callback ends idle sessions sooner
  // and remembers why, so the home page can say it (lib/sign-in/session-lifetime.ts).
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  // The home page hosts the sign-in button and turns Auth.js error codes into plain words.
  pages: { signIn: "/", error: "/" },
  // Auth.js's own messages as our JSON log lines; metadata is left out (it can carry tokens).
  logger: {
    error: (error) => log.error("auth.error", describeAuthError(error)),
    warn: (code) => log.warn("auth.warning", { code }),
    debug: () => undefined,
  },
  callbacks: {
    jwt({ token, account, profile }) {
      // `account` is only set on the sign-in request: keep just what the pages need, so the
      // encrypted session cookie stays one cookie (browsers cap each at 4 KB).
      if (account) {
        token.idToken = account.id_token;
        token.accessToken = account.access_token;
        token.groups = readGroups(profile as Profile | undefined, decodeToken(account.access_token));
        token.signedInAt = token.lastSeenAt = nowSeconds();
        delete token.picture;
        return token;
      }
      if (token.endedBecause) return token;
      const lifetime = checkSessionLifetime(token, nowSeconds(), sessionLimits);
      // An ended session keeps only the reason: no tokens, groups or name stay in the cookie.
      if ("ended" in lifetime) return { endedBecause: lifetime.ended };
      token.lastSeenAt = lifetime.lastSeenAt;
      return token;
    },
    session({ session, token }) {
      if (token.endedBecause) return { expires: session.expires, groups: [], endedBecause: token.endedBecause };
      return { ...session, idToken: token.idToken, accessToken: token.accessToken, groups: token.groups ?? [] };
    },
  },
});

export const { auth, signIn, signOut } = nextAuth;
// The OAuth callback (GET) reports Okta's refusals in Okta's words, not as "Configuration".
export const handlers = { GET: reportOktaRefusals(nextAuth.handlers.GET), POST: nextAuth.handlers.POST };

export { AuthError };

declare module "next-auth" {
  interface Session {
    /** The raw ID token from sign-in, shown on /profile and sent as id_token_hint at sign-out. */
    idToken?: string;
    /** The raw access token from sign-in, shown on /profile. */
    accessToken?: string;
    /** The user's Okta groups (decides who sees the patient admin). */
    groups: string[];
    /** Set when the session ended by itself (idle or too old): the session is then anonymous. */
    endedBecause?: SessionEnd;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    idToken?: string;
    accessToken?: string;
    groups?: string[];
    /** Seconds since the epoch: sign-in and the latest request (the idle and absolute limits). */
    signedInAt?: number;
    lastSeenAt?: number;
    endedBecause?: SessionEnd;
  }
}
