import type { HTMLAttributes, ReactNode } from "react";

const TONES = {
  ok: "border-emerald-300 bg-emerald-50 text-emerald-950",
  info: "border-sky-300 bg-sky-50 text-sky-950",
  problem: "border-amber-400 bg-amber-50 text-amber-950",
} as const;

/** A boxed message; role="status" lets screen readers announce it without interrupting. */
export function Notice({
  tone,
  title,
  children,
  ...rest
}: {
  tone: keyof typeof TONES;
  title: ReactNode;
  children?: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, "title">) {
  return (
    <div role="status" className={`rounded-lg border p-4 ${TONES[tone]}`} {...rest}>
      <p className="font-medium">{title}</p>
      {children && <div className="mt-2 space-y-2 text-sm">{children}</div>}
    </div>
  );
}
