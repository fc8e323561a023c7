import type { StateStore } from "../store/state-types";
import type { OktaUser, UserDirectory } from "../users";
import { emptyDirectory, EVERYONE, groupIdFor, type DirectoryState } from "./directory-types";
import { verifyPassword } from "./password";

export type DirectoryUser = OktaUser & {
  status: "ACTIVE" | "DEPROVISIONED";
  created: string;
  lastUpdated: string;
  statusChanged: string | null;
  /** From users.json (password there) rather than the Users API (password hashed in state.json). */
  seeded: boolean;
};

export type DirectoryGroup = { id: string; name: string; description: string; type: "BUILT_IN" | "OKTA_GROUP"; created: string; lastUpdated: string };


export type Directory = UserDirectory & {
  /** Every user, deactivated ones too (the Users API lists them). */
  everyone(): DirectoryUser[];
  /** A user, active or not, by id or login (Okta's `/api/v1/users/{idOrLogin}`). */
  find(idOrLogin: string): DirectoryUser | undefined;
  groups(): DirectoryGroup[];
  findGroup(id: string): DirectoryGroup | undefined;
  members(groupName: string): DirectoryUser[];
};

/**
 * The org's people: users.json is the seed (re-read when it changes, as before), and the Users
 * and Groups APIs' changes in state.json lie over it (directory-types.ts). Sign-in and tokens see
 * only ACTIVE users; a deactivated or deleted one can no longer sign in or refresh.
 */
export function openDirectory(seed: UserDirectory, state: StateStore): Directory {
  const changes = (): DirectoryState => state.read().directory ?? emptyDirectory();

  function groupsOf(userId: string, base: string[], directory: DirectoryState): string[] {
    const names = new Set(base.filter((name) => name !== EVERYONE));
    for (const [name, { added, removed }] of Object.entries(directory.memberships)) {
      if (added.includes(userId)) names.add(name);
      if (removed.includes(userId)) names.delete(name);
    }
    return [EVERYONE, ...names];
  }

  function everyone(): DirectoryUser[] {
    const directory = changes();
    const seeded = seed
      .all()
      .filter((user) => directory.seedUserStatus[user.id] !== "DELETED")
      .map((user): DirectoryUser => {
        const status = directory.seedUserStatus[user.id] === "DEPROVISIONED" ? "DEPROVISIONED" : "ACTIVE";
        return { ...user, groups: groupsOf(user.id, user.groups, directory), status, created: user.passwordChanged, lastUpdated: user.passwordChanged, statusChanged: null, seeded: true };
      });
    const created = directory.users.map((user): DirectoryUser => ({
      id: user.id,
      ...user.profile,
      password: "", // never compared: API users authenticate against passwordHash below
      passwordChanged: user.passwordChanged,
      groups: groupsOf(user.id, [], directory),
      adminRoles: [],
      status: user.status,
      created: user.created,
      lastUpdated: user.lastUpdated,
      statusChanged: user.statusChanged,
      seeded: false,
    }));
    return [...seeded, ...created];
  }

  const active = () => everyone().filter((user) => user.status === "ACTIVE");
  const byLogin = (users: DirectoryUser[], login: string) => users.find((user) => user.login.toLowerCase() === login.trim().toLowerCase());

  function groups(): DirectoryGroup[] {
    const directory = changes();
    const seededNames = new Set([...seed.all().flatMap((user) => user.groups), ...Object.keys(directory.memberships)]);
    seededNames.delete(EVERYONE);
    const stamp = "2026-01-01T00:00:00.000Z";
    const everyoneGroup: DirectoryGroup = { id: groupIdFor(EVERYONE), name: EVERYONE, description: "All users in your organization", type: "BUILT_IN", created: stamp, lastUpdated: stamp };
    const created = directory.groups.map((group): DirectoryGroup => ({ id: groupIdFor(group.name), type: "OKTA_GROUP", ...group }));
    const createdNames = new Set(created.map((group) => group.name));
    const fromSeed = [...seededNames]
      .filter((name) => !createdNames.has(name))
      .map((name): DirectoryGroup => ({ id: groupIdFor(name), name, description: "", type: "OKTA_GROUP", created: stamp, lastUpdated: stamp }));
    return [everyoneGroup, ...fromSeed, ...created];
  }

  return {
    all: active,
    findById: (id) => active().find((user) => user.id === id),
    findByLogin: (login) => byLogin(active(), login),
    authenticate(login, password) {
      const user = byLogin(active(), login);
      // The seed's check also runs for unknown logins, so they take as long as wrong passwords.
      if (!user || user.seeded) return seed.authenticate(login, password) && user;
      const stored = changes().users.find((candidate) => candidate.id === user.id);
      return stored && verifyPassword(password, stored.passwordHash) ? user : undefined;
    },
    everyone,
    find: (idOrLogin) => everyone().find((user) => user.id === idOrLogin) ?? byLogin(everyone(), idOrLogin),
    groups,
    findGroup: (id) => groups().find((group) => group.id === id),
    members: (groupName) => everyone().filter((user) => user.groups.includes(groupName)),
  };
}
