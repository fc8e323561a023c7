import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openUserDirectory } from "./users";

describe("the user directory (users.json)", () => {
  const users = openUserDirectory();

  it("holds Okta's three sample patients, a non-patient, a patient admin and an Okta administrator", () => {
    expect(users.all().map((user) => user.login)).toEqual([
      "jessie.smith@example.com",
      "kim.sato@example.com",
      "rajiv.tal@example.com",
      "alex.doe@example.com",
      "sam.admin@example.com",
      "okta.admin@example.com",
    ]);
    expect(users.findByLogin("okta.admin@example.com")?.adminRoles).toEqual(["SUPER_ADMIN"]);
    expect(users.findByLogin("sam.admin@example.com")?.adminRoles).toEqual([]);
    expect(users.findByLogin("sam.admin@example.com")?.groups).toEqual(["Everyone", "Patient Admins"]);
  });

  it("signs in with any letter case in the login, never with a wrong password", () => {
    expect(users.authenticate("Jessie.Smith@Example.com", "Passw0rd!")?.id).toMatch(/^00u\w{17}$/);
    expect(users.authenticate("jessie.smith@example.com", "passw0rd!")).toBeUndefined();
    expect(users.authenticate("nobody@example.com", "Passw0rd!")).toBeUndefined();
  });

  it("names the bad field of an invalid file", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "users-")), "users.json");
    await writeFile(file, JSON.stringify({ users: [{ id: "123", login: "x" }] }));
    expect(() => openUserDirectory(file).all()).toThrow(/users\.0\.id/);
  });
});
