import type { OktaUser } from "./users";

// Kept apart from users.ts, which reads users.json at import: this one is safe in a Next.js bundle.
export const displayName = (user: Pick<OktaUser, "firstName" | "lastName">): string =>
  `${user.firstName} ${user.lastName}`;
