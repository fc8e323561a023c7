/** Why a session ended without the user signing out (shown on the home page). */
export type SessionEnd = "idle" | "expired";

export type SessionLimits = { idleTimeoutSeconds: number; maxAgeSeconds: number };

/** What the session token carries about its own age (seconds since the epoch). */
export type SessionTimes = { signedInAt?: number; lastSeenAt?: number };

/**
 * Automatic logoff, as health-data rules expect: a session ends after `idleTimeoutSeconds`
 * without a request, and `maxAgeSeconds` after sign-in however active it was. Returns why it
 * ended, or the new `lastSeenAt` (this request is activity). A token without the times (made
 * before they existed) counts as ended: it cannot prove its age.
 */
export function checkSessionLifetime(times: SessionTimes, nowSeconds: number, limits: SessionLimits): { ended: SessionEnd } | { lastSeenAt: number } {
  const { signedInAt, lastSeenAt } = times;
  if (signedInAt === undefined || lastSeenAt === undefined) return { ended: "expired" };
  if (nowSeconds - signedInAt >= limits.maxAgeSeconds) return { ended: "expired" };
  if (nowSeconds - lastSeenAt >= limits.idleTimeoutSeconds) return { ended: "idle" };
  return { lastSeenAt: nowSeconds };
}

const duration = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600} hour${seconds === 3600 ? "" : "s"}` : seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? "" : "s"}` : `${seconds} seconds`;

/** The home page's words for an ended session. */
export function describeSessionEnd(end: SessionEnd, limits: SessionLimits): string {
  return end === "idle"
    ? `You were signed out after ${duration(limits.idleTimeoutSeconds)} without activity, to protect patient data. Sign in again to continue where you were.`
    : `Your session reached its limit of ${duration(limits.maxAgeSeconds)}, so you were signed out. Sign in again to continue where you were.`;
}
