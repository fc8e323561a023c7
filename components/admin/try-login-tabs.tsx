"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/admin/preview", label: "Preview claims", hint: "in-process, nothing sent or recorded as a call" },
  { href: "/admin/tester", label: "Test the endpoint", hint: "a real call to the deployed hook" },
] as const;

/** Preview and Tester answer the same question (what does the hook say for this login?): one section, two tabs. */
export function TryLoginTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Try a login" className="flex flex-wrap gap-2">
      {TABS.map((tab) => {
        const current = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? "page" : undefined}
            className={`flex min-h-10 flex-col justify-center rounded-md border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
              current ? "border-indigo-600 bg-indigo-50 text-indigo-900" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
            }`}
          >
            <span className="font-medium">{tab.label}</span>
            <span className="text-xs text-slate-600">{tab.hint}</span>
          </Link>
        );
      })}
    </nav>
  );
}
