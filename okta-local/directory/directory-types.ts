import { stableOktaId } from "@/okta/simulation/okta-ids";

/** A user created through the Users API (users.json holds the seeded ones). */
export type StoredUser = {
  id: string;
  status: "ACTIVE" | "DEPROVISIONED";
  profile: { login: string; firstName: string; lastName: string; email: string; locale: string; timeZone: string };
  /** scrypt, as `salt:hash` in base64url: never the password itself. */
  passwordHash: string;
  created: string;
  lastUpdated: string;
  statusChanged: string;
  passwordChanged: string;
};

/** A group created through the Groups API (the groups named in users.json exist too). */
export type StoredGroup = { name: string; description: string; created: string; lastUpdated: string };

/**
 * What the Users and Groups APIs changed, over the seed in users.json: new users and groups,
 * seeded users deactivated or deleted, and members added to or removed from groups (by name).
 */
export type DirectoryState = {
  users: StoredUser[];
  seedUserStatus: Record<string, "DEPROVISIONED" | "DELETED">;
  groups: StoredGroup[];
  memberships: Record<string, { added: string[]; removed: string[] }>;
};

export const emptyDirectory = (): DirectoryState => ({ users: [], seedUserStatus: {}, groups: [], memberships: {} });

/** Okta's built-in group of every user. */
export const EVERYONE = "Everyone";

/** Groups are kept by name (users.json names them); the id is derived from the name. */
export const groupIdFor = (name: string): string => stableOktaId("00g", `group:${name}`);
