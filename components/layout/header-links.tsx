"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINK =
  "inline-flex min-h-10 items-center rounded px-1 text-slate-700 hover:text-slate-950 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const CURRENT = "font-semibold text-slate-950 underline decoration-2 underline-offset-8 decoration-indigo-600";

/** Profile and (for staff) Admin, the one the user is in marked for sight and screen readers. */
export function HeaderLinks({ staff }: { staff: boolean }) {
  const pathname = usePathname();
  const links = [{ href: "/profile", label: "Profile" }, ...(staff ? [{ href: "/admin", label: "Admin" }] : [])];
  return (
    <nav aria-label="Main" className="flex gap-3 text-sm">
      {links.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link key={href} href={href} aria-current={current ? "page" : undefined} className={`${LINK} ${current ? CURRENT : ""}`}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

/** The page the user is on, so the header's Sign in comes back to it. */
export function ReturnToHere() {
  const pathname = usePathname();
  return <input type="hidden" name="returnTo" value={pathname === "/" ? "/profile" : pathname} />;
}
