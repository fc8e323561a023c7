import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getAdminAccess } from "@/lib/admin/require-admin";
import { getEnv } from "@/lib/config/env";

export const metadata: Metadata = { title: "No access" };

/** Where signed-in users without an admin group land (requireAdmin sends them here). */
export default async function ForbiddenPage() {
  const access = await getAdminAccess();
  if (access.status === "anonymous") redirect(`/?${new URLSearchParams({ callbackUrl: "/admin" })}`);
  if (access.status === "admin") redirect("/admin/patients");
  const groups = getEnv().ADMIN_GROUPS;

  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm font-medium tracking-wide text-slate-500 uppercase">Error 403 · Forbidden</p>
      <h1 className="text-3xl font-semibold tracking-tight">You don&apos;t have access to patient administration</h1>
      <p className="text-slate-700">
        You are signed in{access.login ? <> as <span className="font-medium break-all">{access.login}</span></> : null}, but
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
