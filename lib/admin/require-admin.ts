import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getSession } from "@/lib/sign-in/get-session";
import { isAdmin } from "@/lib/sign-in/is-admin";
import { getEnv } from "@/lib/config/env";

/** The signed-in staff member; `email` (their Okta login) is what the audit log records. */
export type AdminUser = { email: string; name: string | null };

export type AdminAccess =
  | { status: "admin"; admin: AdminUser }
  | { status: "anonymous" }
  | { status: "forbidden"; login: string | null };

// The home page hosts sign-in and returns to callbackUrl (as proxy.ts sends people there).
const SIGN_IN_PATH = `/?${new URLSearchParams({ callbackUrl: "/admin" })}`;

/** Who is asking, decided once per request from the session's ID-token groups. */
export const getAdminAccess = cache(async (): Promise<AdminAccess> => {
  const session = await getSession();
  if (!session?.user) return { status: "anonymous" };
  const login = session.user.email ?? null;
  // Without a login there is nobody to name in the audit log, so no admin rights either.
  if (!login || !isAdmin(session.groups, getEnv().ADMIN_GROUPS)) return { status: "forbidden", login };
  return { status: "admin", admin: { email: login, name: session.user.name ?? null } };
});

/**
 * First line of every admin page, route handler and server action: actions are public POST
 * endpoints, so the proxy and the layout are never relied on. Anonymous callers are sent to
 * sign in; signed-in non-staff get `forbidden()`: HTTP 403 and app/forbidden.tsx, not a
 * redirect. Neither gets past this line.
 */
export const requireAdmin = cache(async (): Promise<AdminUser> => {
  const access = await getAdminAccess();
  if (access.status === "anonymous") redirect(SIGN_IN_PATH);
  if (access.status === "forbidden") forbidden();
  return access.admin;
});
