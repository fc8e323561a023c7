"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Section = { href: string; label: string; also?: string[] };

/**
 * The admin's sections, grouped by task: the patient list and the ways it changes (by hand, by
 * file, by the systems with API access) with its log; the hook. "Try a login" holds the claims
 * preview and the endpoint tester.
 */
export const ADMIN_GROUPS: { label: string; sections: Section[] }[] = [
  {
    label: "Patients",
    sections: [
      { href: "/admin/patients", label: "List" },
      { href: "/admin/import", label: "Import" },
      { href: "/admin/api-clients", label: "API clients" },
      { href: "/admin/audit", label: "Audit log" },
    ],
  },
  {
    label: "Hook",
    sections: [
      { href: "/admin/activity", label: "Activity" },
      { href: "/admin/preview", label: "Try a login", also: ["/admin/tester"] },
      { href: "/admin/setup", label: "Setup" },
    ],
  },
];

const isIn = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);
const isCurrent = (pathname: string, section: Section) => [section.href, ...(section.also ?? [])].some((href) => isIn(pathname, href));

const LINK =
  "inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const CURRENT = "bg-indigo-600 text-white";
const OTHER = "text-slate-700 hover:bg-slate-200 hover:text-slate-950";

function Groups({ pathname, stacked }: { pathname: string; stacked: boolean }) {
  return (
    <div className={stacked ? "space-y-4 p-3" : "flex flex-wrap items-center gap-x-6 gap-y-2"}>
      {ADMIN_GROUPS.map((group) => (
        <div key={group.label} role="group" aria-labelledby={`nav-${group.label}${stacked ? "-m" : ""}`} className={stacked ? "space-y-1" : "flex flex-wrap items-center gap-1"}>
          <span id={`nav-${group.label}${stacked ? "-m" : ""}`} className="px-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {group.label}
          </span>
          <ul className={stacked ? "grid gap-1" : "flex flex-wrap gap-1"}>
            {group.sections.map((section) => {
              const current = isCurrent(pathname, section);
              return (
                <li key={section.href}>
                  <Link
                    href={section.href}
                    aria-current={current ? "page" : undefined}
                    className={`${LINK} ${current ? CURRENT : OTHER} ${stacked ? "w-full" : ""}`}
                  >
                    {section.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * The admin sections grouped by task (Patients, Hook), the current one marked for sight and
 * screen readers. On a desktop every link shows; on a phone they fold into a menu that names the
 * current section. Nothing clips: no scroll container, so focus rings show whole.
 */
export function AdminNav() {
  const pathname = usePathname();
  const current = ADMIN_GROUPS.flatMap((group) => group.sections.map((section) => ({ group, section }))).find(({ section }) =>
    isCurrent(pathname, section),
  );
  return (
    <nav aria-label="Admin" className="border-b border-slate-200 pb-3">
      <div className="hidden md:block">
        <Groups pathname={pathname} stacked={false} />
      </div>
      {/* Keyed by the path, so the menu closes after a navigation. */}
      <details key={pathname} className="rounded-lg border border-slate-200 bg-white md:hidden">
        <summary className="flex min-h-11 cursor-pointer items-center justify-between rounded-lg px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          <span>
            Menu
            {current && (
              <span className="font-normal text-slate-600">
                {" "}
                · {current.group.label}: {current.section.label}
              </span>
            )}
          </span>
          <span aria-hidden="true">▾</span>
        </summary>
        <div className="border-t border-slate-200">
          <Groups pathname={pathname} stacked />
        </div>
      </details>
    </nav>
  );
}
