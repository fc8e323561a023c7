import { z } from "zod";

/** The message the list shows after a change, carried in the URL across the redirect. */
const NOTICES = {
  created: "was added. The hook adds the claim at their next sign-in.",
  updated: "was saved. The hook uses the new values at their next sign-in.",
  unchanged: "had no changes to save.",
  deleted: "was deleted. Their next sign-in gets no patient claim.",
} as const;

export type PatientNotice = keyof typeof NOTICES;

const noticeSchema = z.enum(Object.keys(NOTICES) as [PatientNotice, ...PatientNotice[]]);

/** After create/edit the list opens filtered to that login, so the change is in view. */
export function noticeHref(notice: PatientNotice, login: string): string {
  const params = new URLSearchParams({ notice, login });
  if (notice !== "deleted") params.set("q", login);
  return `/admin/patients?${params}`;
}

export function readNotice(params: Record<string, string | string[] | undefined>): { login: string; text: string } | null {
  const notice = noticeSchema.safeParse(params.notice);
  const login = typeof params.login === "string" ? params.login.slice(0, 100) : "";
  return notice.success && login ? { login, text: NOTICES[notice.data] } : null;
}
