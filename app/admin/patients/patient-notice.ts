import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";

/**
 * The message the list shows after a change. It travels in a short-lived cookie set by the
 * server action, never in the URL, so a crafted link cannot make the page say anything; the
 * list clears the cookie once shown (ClearNotice).
 */
const NOTICES = {
  created: "was added. The hook adds the claim at their next sign-in.",
  updated: "was saved. The hook uses the new values at their next sign-in.",
  unchanged: "had no changes to save.",
  deleted: "was deleted. Their next sign-in gets no patient claim.",
} as const;

export type PatientNotice = keyof typeof NOTICES;
export const NOTICE_COOKIE = "admin-notice";

const noticeSchema = z.object({
  notice: z.enum(Object.keys(NOTICES) as [PatientNotice, ...PatientNotice[]]),
  login: z.string().max(100),
});

/** Sets the notice for the next page the action redirects to; returns that page. */
export async function setNotice(notice: PatientNotice, login: string): Promise<string> {
  (await cookies()).set(NOTICE_COOKIE, JSON.stringify({ notice, login }), {
    path: "/admin/patients",
    maxAge: 60,
    sameSite: "strict",
    httpOnly: false, // ClearNotice removes it in the browser once shown
  });
  // After create/edit the list opens filtered to that login, so the change is in view.
  return notice === "deleted" ? "/admin/patients" : `/admin/patients?${new URLSearchParams({ q: login })}`;
}

export async function readNotice(): Promise<{ login: string; text: string } | null> {
  const raw = (await cookies()).get(NOTICE_COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.login ? { login: parsed.data.login, text: NOTICES[parsed.data.notice] } : null;
  } catch {
    return null;
  }
}
