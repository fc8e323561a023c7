import { randomBytes } from "node:crypto";
import type { Context } from "koa";
import type { OktaUser, UserDirectory } from "../users";

export const ADMIN_COOKIE = "okta_admin_sid";
/** Okta's Admin Console signs an idle administrator out; 15 minutes is its shortest setting. */
const IDLE_MS = 15 * 60_000;
const MAX_AGE_MS = 8 * 60 * 60_000;

type Entry = { userId: string; createdAt: number; lastSeenAt: number };

export type AdminSessions = {
  /** The signed-in administrator of this request, or undefined (idle, expired, unknown, no longer an admin). */
  current(ctx: Context): OktaUser | undefined;
  start(ctx: Context, user: OktaUser): void;
  end(ctx: Context): void;
};

export const isOktaAdmin = (user: OktaUser | undefined): user is OktaUser => Boolean(user && user.adminRoles.length > 0);

/**
 * Sign-in sessions for the local Okta's own admin pages (as Okta's Admin Console needs an
 * administrator's sign-in), kept in memory: a restart signs everyone out. The cookie is HttpOnly
 * and SameSite=Strict, so another site can neither read it nor make a browser send it.
 */
export function createAdminSessions(users: UserDirectory): AdminSessions {
  const sessions = new Map<string, Entry>();
  const cookieOptions = { httpOnly: true, sameSite: "strict" as const, path: "/", overwrite: true };

  return {
    current(ctx) {
      const id = ctx.cookies.get(ADMIN_COOKIE);
      const entry = id ? sessions.get(id) : undefined;
      if (!id || !entry) return undefined;
      const now = Date.now();
      const user = users.findById(entry.userId);
      if (now - entry.lastSeenAt > IDLE_MS || now - entry.createdAt > MAX_AGE_MS || !isOktaAdmin(user)) {
        sessions.delete(id);
        return undefined;
      }
      entry.lastSeenAt = now;
      return user;
    },
    start(ctx, user) {
      const previous = ctx.cookies.get(ADMIN_COOKIE);
      if (previous) sessions.delete(previous); // a new session id at every sign-in (no fixation)
      const id = randomBytes(32).toString("base64url");
      const now = Date.now();
      sessions.set(id, { userId: user.id, createdAt: now, lastSeenAt: now });
      ctx.cookies.set(ADMIN_COOKIE, id, cookieOptions);
    },
    end(ctx) {
      const id = ctx.cookies.get(ADMIN_COOKIE);
      if (id) sessions.delete(id);
      ctx.cookies.set(ADMIN_COOKIE, "", { ...cookieOptions, maxAge: 0 });
    },
  };
}
