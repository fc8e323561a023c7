/** A fixed, locale-free rendering ("2026-05-01 09:30:00 UTC") so server and client agree. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
