import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCodeFlow } from "../management/test-support/sign-in";
import { collect, oktaErrorOf } from "../test-support/collect";
import { startLocalOrg, type LocalOrg } from "../test-support/local-org";
import { USERS_FILE } from "../users";

const CLIENT = { clientId: "org-test-client", clientSecret: "org-test-client-secret", redirectUri: "http://localhost:3000/api/auth/callback/okta" };
const NEW_USER = { firstName: "Noor", lastName: "Haddad", email: "noor.haddad@example.com", login: "noor.haddad@example.com" };

let org: LocalOrg;
beforeAll(async () => void (org = await startLocalOrg()));
afterAll(async () => org?.stop());

const idTokenOf = (body: Record<string, unknown>) => JSON.parse(Buffer.from(String(body.id_token).split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;

describe("Users and Groups APIs (judged by @okta/okta-sdk-nodejs)", () => {
  it("creates a user with a password and a group, adds a member; the next sign-in has the group", async () => {
    const { sdk } = org;
    const seedBefore = readFileSync(USERS_FILE, "utf8");
    const user = await sdk.userApi.createUser({ body: { profile: NEW_USER, credentials: { password: { value: "Clinic-Visit-2026" } } } });
    expect(user).toMatchObject({ status: "ACTIVE", profile: { login: NEW_USER.login } });
    const group = await sdk.groupApi.createGroup({ group: { profile: { name: "Ward 7 nurses", description: "Night shift" } } });
    await sdk.groupApi.assignUserToGroup({ groupId: group.id ?? "", userId: user.id ?? "" });
    expect((await collect(await sdk.groupApi.listGroupUsers({ groupId: group.id ?? "" }))).map((member) => member.profile?.login)).toEqual([NEW_USER.login]);
    expect((await collect(await sdk.userApi.listUserGroups({ userId: user.id ?? "" }))).map((g) => g.profile?.name)).toEqual(["Everyone", "Ward 7 nurses"]);

    const { status, body } = await signInWithCodeFlow({ issuer: org.okta.issuer, ...CLIENT }, NEW_USER.login, "Clinic-Visit-2026");
    expect(status).toBe(200);
    expect(idTokenOf(body)).toMatchObject({ sub: user.id, preferred_username: NEW_USER.login, groups: ["Everyone", "Ward 7 nurses"] });

    await sdk.groupApi.unassignUserFromGroup({ groupId: group.id ?? "", userId: user.id ?? "" });
    expect(await collect(await sdk.groupApi.listGroupUsers({ groupId: group.id ?? "" }))).toEqual([]);
    // users.json stays the seed; the changes live in the org's state.
    expect(readFileSync(USERS_FILE, "utf8")).toBe(seedBefore);
    expect(readFileSync(`${org.dataDir}/state.json`, "utf8")).not.toContain("Clinic-Visit-2026");
  });

  it("lists seeded users and groups, and a seeded user's membership can change", async () => {
    const { sdk } = org;
    const users = await collect(await sdk.userApi.listUsers({}));
    expect(users.map((user) => user.profile?.login)).toContain("kim.sato@example.com");
    const admins = (await collect(await sdk.groupApi.listGroups({ q: "Patient" })))[0];
    expect(admins?.profile?.name).toBe("Patient Admins");
    const kim = await sdk.userApi.getUser({ userId: "kim.sato@example.com" });
    await sdk.groupApi.assignUserToGroup({ groupId: admins?.id ?? "", userId: kim.id ?? "" });
    const { body } = await signInWithCodeFlow({ issuer: org.okta.issuer, ...CLIENT }, "kim.sato@example.com");
    expect(idTokenOf(body).groups).toEqual(["Everyone", "Patient Admins"]);
    await sdk.groupApi.unassignUserFromGroup({ groupId: admins?.id ?? "", userId: kim.id ?? "" });
  });

  it("deactivates (no more sign-in) and deletes users, as Okta does", async () => {
    const { sdk } = org;
    const user = await sdk.userApi.createUser({ body: { profile: { ...NEW_USER, login: "temp.locum@example.com", email: "temp.locum@example.com" }, credentials: { password: { value: "Locum-Shift-2026" } } } });
    await sdk.userApi.deactivateUser({ userId: user.id ?? "" });
    expect((await sdk.userApi.getUser({ userId: user.id ?? "" })).status).toBe("DEPROVISIONED");
    await expect(signInWithCodeFlow({ issuer: org.okta.issuer, ...CLIENT }, "temp.locum@example.com", "Locum-Shift-2026")).rejects.toThrow(/no code/);
    await sdk.userApi.deleteUser({ userId: user.id ?? "" });
    expect((await oktaErrorOf(sdk.userApi.getUser({ userId: user.id ?? "" }))).errorCode).toBe("E0000007");
  });

  it("answers Okta's errors: taken login, weak password, Everyone's members, unknown ids", async () => {
    const { sdk } = org;
    const taken = await oktaErrorOf(sdk.userApi.createUser({ body: { profile: { ...NEW_USER, login: "kim.sato@example.com" }, credentials: { password: { value: "Clinic-Visit-2026" } } } }));
    expect(taken).toMatchObject({ status: 400, errorCode: "E0000001" });
    expect(taken.errorCauses?.[0]?.errorSummary).toContain("login: An object with this field already exists");
    const weak = await oktaErrorOf(sdk.userApi.createUser({ body: { profile: { ...NEW_USER, login: "weak.pw@example.com" }, credentials: { password: { value: "short" } } } }));
    expect(weak.errorCauses?.[0]?.errorSummary).toContain("Password requirements were not met");
    const everyone = (await collect(await sdk.groupApi.listGroups({ q: "Everyone" })))[0];
    const kim = await sdk.userApi.getUser({ userId: "kim.sato@example.com" });
    expect((await oktaErrorOf(sdk.groupApi.unassignUserFromGroup({ groupId: everyone?.id ?? "", userId: kim.id ?? "" }))).errorCode).toBe("E0000001");
    expect(await oktaErrorOf(sdk.groupApi.getGroup({ groupId: "00gNOPE" }))).toMatchObject({ status: 404, errorCode: "E0000007" });
  });
});
