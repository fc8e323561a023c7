import type { Context } from "koa";
import { newOktaId } from "@/okta/simulation/okta-ids";
import type { RouteHandler } from "../http/router";
import { apiGuard, type ApiTokens } from "../management/api-auth";
import { notFound, validationFailed } from "../management/okta-errors";
import { readJsonBody } from "../management/read-json-body";
import type { LocalOktaState, StateStore } from "../store/state-types";
import type { Directory } from "./directory";
import { createGroupSchema, createUserSchema, toApiGroup, toApiUser } from "./directory-schema";
import { emptyDirectory, EVERYONE, type DirectoryState } from "./directory-types";
import { hashPassword, passwordProblems } from "./password";

type Deps = { state: StateStore; directory: Directory; orgUrl: string; tokens: ApiTokens };

const TAKEN = "An object with this field already exists in the current organization";

/**
 * Okta's Users API (list, create with a password, get by id or login, deactivate, delete, a
 * user's groups) and Groups API (list, create, get, members, add and remove a member): enough to
 * set up a scenario without editing users.json, which stays the seed (directory/directory.ts).
 */
export function directoryRoutes({ state, directory, orgUrl, tokens }: Deps): [string, string, RouteHandler][] {
  const guard = apiGuard(tokens);
  const now = () => new Date().toISOString();
  const change = (apply: (draft: DirectoryState) => void) =>
    state.update((draft: LocalOktaState) => {
      draft.directory ??= emptyDirectory();
      apply(draft.directory);
    });
  const limitOf = (ctx: Context) => {
    const limit = Number(ctx.query.limit);
    return Number.isInteger(limit) && limit > 0 ? limit : undefined;
  };
  const matchesQ = (ctx: Context, ...fields: string[]) => {
    const q = typeof ctx.query.q === "string" ? ctx.query.q.toLowerCase() : "";
    return fields.some((field) => field.toLowerCase().startsWith(q));
  };

  const listUsers: RouteHandler = (ctx) => {
    const users = directory.everyone().filter((user) => matchesQ(ctx, user.login, user.firstName, user.lastName, user.email));
    ctx.body = users.slice(0, limitOf(ctx)).map((user) => toApiUser(user, orgUrl));
  };

  const createUser: RouteHandler = async (ctx) => {
    const input = await readJsonBody(ctx, createUserSchema);
    if (!input) return;
    const { profile } = input;
    const unknownGroups = input.groupIds.filter((id) => !directory.findGroup(id));
    const problems = [
      ...(directory.find(profile.login) ? [`login: ${TAKEN}`] : []),
      ...passwordProblems(input.credentials.password.value, profile.login),
      ...unknownGroups.map((id) => `groupIds: no group with id ${id}`),
    ];
    if (problems.length > 0) return validationFailed(ctx, problems);
    const created = now();
    const id = newOktaId("00u");
    change((draft) => {
      draft.users.push({ id, status: "ACTIVE", profile, passwordHash: hashPassword(input.credentials.password.value), created, lastUpdated: created, statusChanged: created, passwordChanged: created });
      for (const groupId of input.groupIds) addMember(draft, directory.findGroup(groupId)?.name ?? "", id);
    });
    const user = directory.find(id);
    if (user) ctx.body = toApiUser(user, orgUrl);
  };

  const getUser: RouteHandler = (ctx, { id = "" }) => {
    const user = directory.find(id);
    if (!user) return notFound(ctx, id, "User");
    ctx.body = toApiUser(user, orgUrl);
  };

  /** Deactivation: the user can no longer sign in; their refresh tokens stop working. */
  const setStatus = (userId: string, status: "DEPROVISIONED" | "DELETED", seeded: boolean) =>
    change((draft) => {
      if (seeded) draft.seedUserStatus[userId] = status;
      else if (status === "DELETED") draft.users = draft.users.filter((user) => user.id !== userId);
      else Object.assign(draft.users.find((user) => user.id === userId) ?? {}, { status, statusChanged: now(), lastUpdated: now() });
    });

  const deactivateUser: RouteHandler = (ctx, { id = "" }) => {
    const user = directory.find(id);
    if (!user) return notFound(ctx, id, "User");
    if (user.status !== "DEPROVISIONED") setStatus(user.id, "DEPROVISIONED", user.seeded);
    ctx.body = {};
  };

  // Okta: DELETE deactivates a user that is not deactivated yet, and deletes one that is.
  const deleteUser: RouteHandler = (ctx, { id = "" }) => {
    const user = directory.find(id);
    if (!user) return notFound(ctx, id, "User");
    setStatus(user.id, user.status === "DEPROVISIONED" ? "DELETED" : "DEPROVISIONED", user.seeded);
    ctx.status = 204;
  };

  const userGroups: RouteHandler = (ctx, { id = "" }) => {
    const user = directory.find(id);
    if (!user) return notFound(ctx, id, "User");
    ctx.body = directory.groups().filter((group) => user.groups.includes(group.name)).map((group) => toApiGroup(group, orgUrl));
  };

  const listGroups: RouteHandler = (ctx) => {
    ctx.body = directory.groups().filter((group) => matchesQ(ctx, group.name)).slice(0, limitOf(ctx)).map((group) => toApiGroup(group, orgUrl));
  };

  const createGroup: RouteHandler = async (ctx) => {
    const input = await readJsonBody(ctx, createGroupSchema);
    if (!input) return;
    const { name, description } = input.profile;
    if (directory.groups().some((group) => group.name.toLowerCase() === name.toLowerCase())) return validationFailed(ctx, [`name: ${TAKEN}`]);
    const created = now();
    change((draft) => void draft.groups.push({ name, description, created, lastUpdated: created }));
    const group = directory.groups().find((candidate) => candidate.name === name);
    if (group) ctx.body = toApiGroup(group, orgUrl);
  };

  const getGroup: RouteHandler = (ctx, { groupId = "" }) => {
    const group = directory.findGroup(groupId);
    if (!group) return notFound(ctx, groupId, "UserGroup");
    ctx.body = toApiGroup(group, orgUrl);
  };

  const groupMembers: RouteHandler = (ctx, { groupId = "" }) => {
    const group = directory.findGroup(groupId);
    if (!group) return notFound(ctx, groupId, "UserGroup");
    ctx.body = directory.members(group.name).map((user) => toApiUser(user, orgUrl));
  };

  const membership =
    (add: boolean): RouteHandler =>
    (ctx, { groupId = "", userId = "" }) => {
      const group = directory.findGroup(groupId);
      const user = directory.find(userId);
      if (!group) return notFound(ctx, groupId, "UserGroup");
      if (!user) return notFound(ctx, userId, "User");
      // Everyone's members are every user: Okta manages it itself.
      if (group.type === "BUILT_IN") return validationFailed(ctx, [`groupId: the ${EVERYONE} group's members cannot be changed`]);
      change((draft) => (add ? addMember(draft, group.name, user.id) : removeMember(draft, group.name, user.id)));
      ctx.status = 204;
    };

  return [
    ["GET", "/api/v1/users", guard(listUsers)],
    ["POST", "/api/v1/users", guard(createUser)],
    ["GET", "/api/v1/users/:id", guard(getUser)],
    ["DELETE", "/api/v1/users/:id", guard(deleteUser)],
    ["POST", "/api/v1/users/:id/lifecycle/deactivate", guard(deactivateUser)],
    ["GET", "/api/v1/users/:id/groups", guard(userGroups)],
    ["GET", "/api/v1/groups", guard(listGroups)],
    ["POST", "/api/v1/groups", guard(createGroup)],
    ["GET", "/api/v1/groups/:groupId", guard(getGroup)],
    ["GET", "/api/v1/groups/:groupId/users", guard(groupMembers)],
    ["PUT", "/api/v1/groups/:groupId/users/:userId", guard(membership(true))],
    ["DELETE", "/api/v1/groups/:groupId/users/:userId", guard(membership(false))],
  ];
}

function entry(draft: DirectoryState, groupName: string) {
  draft.memberships[groupName] ??= { added: [], removed: [] };
  return draft.memberships[groupName];
}

function addMember(draft: DirectoryState, groupName: string, userId: string) {
  const members = entry(draft, groupName);
  members.removed = members.removed.filter((id) => id !== userId);
  if (!members.added.includes(userId)) members.added.push(userId);
}

function removeMember(draft: DirectoryState, groupName: string, userId: string) {
  const members = entry(draft, groupName);
  members.added = members.added.filter((id) => id !== userId);
  if (!members.removed.includes(userId)) members.removed.push(userId);
}
