"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin/patients", label: "Patients" },
  { href: "/admin/import", label: "Import" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/api-clients", label: "API clients" },
  { href: "/admin/preview", label: "Preview" },
  { href: "/admin/activity", label: "Activity" },
  { href: "/admin/tester", label: "Tester" },
  { href: "/admin/setup", label: "Setup" },
] as const;

/** The admin sections; the current one is marked for sighted users and screen readers alike. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200 px-1">
        {LINKS.map(({ href, label }) => {
          const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={`-mb-px inline-flex min-h-10 items-center border-b-2 px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
                  isCurrent ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
