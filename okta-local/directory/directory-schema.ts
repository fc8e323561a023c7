import { z } from "zod";
import type { DirectoryGroup, DirectoryUser } from "./directory";

// Okta's CreateUserRequest and Group (Users and Groups APIs, as modelled by @okta/okta-sdk-nodejs).
export const createUserSchema = z.object({
  profile: z.object({
    firstName: z.string().min(1).max(50),
    lastName: z.string().min(1).max(50),
    email: z.email(),
    login: z.string().min(1).max(100),
    locale: z.string().default("en_US"),
    timeZone: z.string().default("America/Los_Angeles"),
  }),
  credentials: z.object({ password: z.object({ value: z.string().min(1) }) }, { error: "the local Okta creates users with a password" }),
  groupIds: z.array(z.string()).default([]),
});

export const createGroupSchema = z.object({
  profile: z.object({ name: z.string().trim().min(1).max(255), description: z.string().max(1024).default("") }),
});

/** A user as the Users API returns it. */
export function toApiUser(user: DirectoryUser, orgUrl: string) {
  const self = `${orgUrl}/api/v1/users/${user.id}`;
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.created,
    statusChanged: user.statusChanged,
    lastLogin: null,
    lastUpdated: user.lastUpdated,
    passwordChanged: user.passwordChanged,
    type: { id: "oty1ocal0kta0user0ty" },
    profile: { firstName: user.firstName, lastName: user.lastName, mobilePhone: null, secondEmail: null, login: user.login, email: user.email, locale: user.locale, timeZone: user.timeZone },
    credentials: { password: {}, provider: { type: "OKTA", name: "OKTA" } },
    _links: { self: { href: self }, groups: { href: `${self}/groups` }, ...(user.status === "ACTIVE" ? { deactivate: { href: `${self}/lifecycle/deactivate`, method: "POST" } } : {}) },
  };
}

/** A group as the Groups API returns it. */
export function toApiGroup(group: DirectoryGroup, orgUrl: string) {
  const self = `${orgUrl}/api/v1/groups/${group.id}`;
  return {
    id: group.id,
    created: group.created,
    lastUpdated: group.lastUpdated,
    lastMembershipUpdated: group.lastUpdated,
    objectClass: ["okta:user_group"],
    type: group.type,
    profile: { name: group.name, description: group.description },
    _links: { self: { href: self }, users: { href: `${self}/users` } },
  };
}
