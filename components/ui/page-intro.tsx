import type { ReactNode } from "react";

/** The heading and one-paragraph purpose every hook page opens with. */
export function PageIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <div className="max-w-3xl space-y-2 text-slate-700">{children}</div>
    </div>
  );
}
