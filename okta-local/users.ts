import { statSync, readFileSync } from "node:fs";
import { timingSafeEqual, createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The one editable user file; edits apply on the next sign-in, no restart needed. */
export const USERS_FILE = fileURLToPath(new URL("./users.json", import.meta.url));

const EVERYONE = "Everyone";

const userSchema = z
  .object({
    id: z.string().regex(/^00u[0-9A-Za-z]{17}$/, { error: "expected an Okta user id (00u + 17 letters or digits)" }),
    login: z.string().min(1),
    password: z.string().min(1),
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    email: z.email(),
    locale: z.string().default("en_US"),
    timeZone: z.string().default("America/Los_Angeles"),
    passwordChanged: z.iso.datetime(),
    groups: z.array(z.string().min(1)).default([]),
    // Okta's administrator roles: only a user with one may use the local Okta's admin pages.
    adminRoles: z.array(z.enum(["SUPER_ADMIN", "ORG_ADMIN", "READ_ONLY_ADMIN"])).default([]),
  })
  // Okta puts every user in the built-in Everyone group.
  .transform((user) => ({ ...user, groups: [EVERYONE, ...user.groups.filter((group) => group !== EVERYONE)] }));

const fileSchema = z.object({ users: z.array(userSchema).min(1) });

export type OktaUser = z.output<typeof userSchema>;

export type UserDirectory = {
  all(): OktaUser[];
  findById(id: string): OktaUser | undefined;
  findByLogin(login: string): OktaUser | undefined;
  /** The user when login and password match, else undefined (Okta logins are case-insensitive). */
  authenticate(login: string, password: string): OktaUser | undefined;
};

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Reads `file` again whenever it changes on disk; throws with the bad field's path when it is invalid. */
export function openUserDirectory(file: string = USERS_FILE): UserDirectory {
  let cache: { mtimeMs: number; users: OktaUser[] } | undefined;

  function all(): OktaUser[] {
    const { mtimeMs } = statSync(file);
    if (cache?.mtimeMs !== mtimeMs) {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file}: ${issue?.path.join(".")}: ${issue?.message}`);
      }
      cache = { mtimeMs, users: parsed.data.users };
    }
    return cache.users;
  }

  const findByLogin = (login: string) => {
    const wanted = login.trim().toLowerCase();
    return all().find((user) => user.login.toLowerCase() === wanted);
  };

  return {
    all,
    findById: (id) => all().find((user) => user.id === id),
    findByLogin,
    authenticate(login, password) {
      const user = findByLogin(login);
      // Compare digests so the comparison takes the same time whatever the lengths.
      const matches = timingSafeEqual(digest(password), digest(user?.password ?? `\0${password}`));
      return user && matches ? user : undefined;
    },
  };
}

/** `name` as Okta builds it for the ID token and userinfo. */
