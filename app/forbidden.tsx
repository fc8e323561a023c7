import Link from "next/link";
import { getAdminAccess } from "@/lib/admin/require-admin";
import { getEnv } from "@/lib/config/env";

/**
 * What `forbidden()` renders, with HTTP status 403: requireAdmin and the admin layout call it for
 * signed-in users without an admin group. At the root, because the admin layout's own call is
 * caught by the boundary above it.
 */
export default async function Forbidden() {
  const access = await getAdminAccess();
  const login = access.status === "forbidden" ? access.login : null;
  const groups = getEnv().ADMIN_GROUPS;

  return (
    <div className="max-w-2xl space-y-4">
      {/* React hoists it into <head>: forbidden.js cannot export metadata. */}
      <title>No access</title>
      <p className="text-sm font-medium tracking-wide text-slate-500 uppercase">Error 403 · Forbidden</p>
      <h1 className="text-3xl font-semibold tracking-tight">You don&apos;t have access to patient administration</h1>
      <p className="text-slate-700">
        You are signed in{login ? <> as <span className="font-medium break-all">{login}</span></> : null}, but
        your Okta account is not in {groups.length === 1 ? "the group" : "any of the groups"}{" "}
        {groups.map((group, index) => (
          <span key={group}>
            {index > 0 && (index === groups.length - 1 ? " or " : ", ")}
            <span className="font-medium">“{group}”</span>
          </span>
        ))}
        . Ask your Okta administrator to add you, then sign out and sign in again.
      </p>
      <Link href="/profile" className="inline-block text-indigo-700 underline">
        Go to your profile
      </Link>
    </div>
  );
}
