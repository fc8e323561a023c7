import Link from "next/link";
import { SignInForm, SignOutForm } from "@/components/sign-in/auth-forms";
import { HeaderLinks, ReturnToHere } from "./header-links";
import { getSession } from "@/lib/sign-in/get-session";
import { isAdmin } from "@/lib/sign-in/is-admin";
import { getEnv } from "@/lib/config/env";

/** The app name, where a signed-in user can go, and the account button. */
export async function SiteHeader() {
  const session = await getSession();
  const staff = isAdmin(session?.groups, getEnv().ADMIN_GROUPS);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="rounded font-semibold text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          Patient Claims
        </Link>
        {session && <HeaderLinks staff={staff} />}
        <div className="ml-auto flex items-center gap-3">
          {session?.user?.email && <span className="hidden text-sm text-slate-600 sm:inline">{session.user.email}</span>}
          {session ? <SignOutForm /> : <SignInForm returnField={<ReturnToHere />} />}
        </div>
      </div>
    </header>
  );
}
