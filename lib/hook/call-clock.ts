/**
 * When this instance last saw a hook call, and an authenticated one: kept in memory so the Setup
 * page can answer "is Okta reaching us, with the right secret?" even before (or without) the
 * database holding the records. Other instances' calls reach Setup through the database.
 */
type Clock = { lastCallAt: Date | null; lastAuthenticatedAt: Date | null };
// On globalThis: the hook's route and the admin pages are bundled apart, and share this process.
const shared = globalThis as unknown as { hookCallClock?: Clock };
const clock: Clock = (shared.hookCallClock ??= { lastCallAt: null, lastAuthenticatedAt: null });

export function noteHookCall(at: Date, authenticated: boolean): void {
  clock.lastCallAt = at;
  if (authenticated) clock.lastAuthenticatedAt = at;
}

export function getHookCallClock(): Readonly<typeof clock> {
  return { ...clock };
}
