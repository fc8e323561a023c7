import "server-only";
import { cache } from "react";
import { auth } from "./next-auth";

const readSession = cache(() => auth());

/**
 * The signed-in user's session, read once per request however many components ask; null when
 * there is none or it ended by itself (idle timeout or absolute lifetime).
 */
export const getSession = cache(async () => {
  const session = await readSession();
  return session && !session.endedBecause ? session : null;
});

/** Why the last session ended by itself ("idle" or "expired"), or null: the home page says it. */
export const getSessionEnd = cache(async () => (await readSession())?.endedBecause ?? null);
