import { describe, expect, it } from "vitest";
import { checkTokenHookResponse, type HookTokens, type HookVerdict } from "./check-response";
import type { TokenKind } from "../hook-request/request-schema";

// Operations are exercised through the public checker: what matters is Okta's verdict.
const tokens = (): HookTokens => ({
  identity: {
    claims: {
      sub: "00u1",
      aud: "client",
      name: "Ann",
      profile: { dept: "cardio", tags: ["a"] },
      list: ["x", "y", "z"],
      people: [{ id: 1 }],
    },
  },
  access: { claims: { sub: "ann@example.com", aud: "api://default", cid: "client", list: ["x"] } },
});

const TYPE: Record<TokenKind, string> = { id: "com.okta.identity.patch", access: "com.okta.access.patch" };

function patch(kind: TokenKind, ops: unknown[], context: HookTokens = tokens()): HookVerdict {
  return checkTokenHookResponse({ status: 200, body: JSON.stringify({ commands: [{ type: TYPE[kind], value: ops }] }) }, context);
}
function claimsAfter(kind: TokenKind, ops: unknown[]): Record<string, unknown> {
  const verdict = patch(kind, ops);
  if (verdict.outcome !== "patched") throw new Error(`expected patched, got ${JSON.stringify(verdict)}`);
  const token = kind === "id" ? verdict.identity : verdict.access;
  return token?.claims ?? {};
}
function rejection(kind: TokenKind, ops: unknown[]): string {
  const verdict = patch(kind, ops);
  if (verdict.outcome !== "rejected") throw new Error(`expected rejected, got ${JSON.stringify(verdict)}`);
  return verdict.reasons.join("; ");
}

describe("reserved claims (docs/okta-token-hook.md §3.2, §3.3)", () => {
  it.each<[TokenKind, string]>([
    ["id", "groups"],
    ["access", "groups"],
    ["id", "cnf"],
    ["access", "cnf"],
    ["access", "scp"],
    ["id", "scp"],
    ["access", "amr"],
  ])("rejects add on the %s token's %s", (kind, claim) => {
    expect(rejection(kind, [{ op: "add", path: `/claims/${claim}`, value: "x" }])).toContain(`"${claim}" is a reserved claim`);
  });

  it.each(["sub", "aud"])("rejects replace of %s in the ID token but applies it in the access token", (claim) => {
    expect(rejection("id", [{ op: "replace", path: `/claims/${claim}`, value: "new" }])).toContain(
      `"${claim}" is a reserved claim in ID tokens`,
    );
    expect(claimsAfter("access", [{ op: "replace", path: `/claims/${claim}`, value: "new" }])[claim]).toBe("new");
  });

  it("checks the top-level name of a nested path", () => {
    expect(rejection("id", [{ op: "remove", path: "/claims/amr/0" }])).toContain('"amr" is a reserved claim');
  });
});

describe("operations and paths (docs/okta-token-hook.md §3.2)", () => {
  it.each(["move", "copy", "test", "ADD", undefined])("rejects op %j", (op) => {
    expect(rejection("id", [{ op, from: "/claims/name", path: "/claims/x", value: 1 }])).toContain(
      "is not allowed (only add, replace, remove)",
    );
  });

  it.each(["/claims", "/claims/", "/foo/x", "claims/x", "/token/lifetime", "/token/expiration", "/claims/a~2b"])(
    "rejects the path %j",
    (path) => {
      expect(patch("id", [{ op: "add", path, value: 1 }]).outcome).toBe("rejected");
    },
  );

  it("rejects an operation that is not an object or has no string path", () => {
    expect(rejection("id", ["add"])).toContain("an operation must be an object");
    expect(rejection("id", [{ op: "add", path: 5, value: 1 }])).toContain("path must be a string");
  });

  it("unescapes ~1 and ~0 in claim names", () => {
    const claims = claimsAfter("id", [
      { op: "add", path: "/claims/http:~1~1example.com~1claims~1x", value: "uri" },
      { op: "add", path: "/claims/a~01", value: "tilde" },
    ]);
    expect(claims["http://example.com/claims/x"]).toBe("uri");
    expect(claims["a~1"]).toBe("tilde");
    expect(claims).not.toHaveProperty("http:~1~1example.com~1claims~1x");
  });

  it("lets add overwrite an existing claim and needs a value for add and replace", () => {
    expect(claimsAfter("id", [{ op: "add", path: "/claims/name", value: "Bo" }]).name).toBe("Bo");
    expect(rejection("id", [{ op: "add", path: "/claims/x" }])).toContain("an add operation needs a value");
    expect(rejection("id", [{ op: "replace", path: "/claims/name" }])).toContain("a replace operation needs a value");
  });

  it("requires remove's value to be absent or null", () => {
    expect(claimsAfter("id", [{ op: "remove", path: "/claims/name", value: null }])).not.toHaveProperty("name");
    expect(claimsAfter("id", [{ op: "remove", path: "/claims/name" }])).not.toHaveProperty("name");
    expect(rejection("id", [{ op: "remove", path: "/claims/name", value: "Ann" }])).toContain("must be absent or null");
  });

  it.each(["replace", "remove"])("rejects %s of a missing claim or member", (op) => {
    expect(rejection("id", [{ op, path: "/claims/missing", value: null }])).toContain('"missing" does not exist');
    expect(rejection("id", [{ op, path: "/claims/profile/missing", value: null }])).toContain('"missing" does not exist');
  });

  it("rejects adding into a missing or non-container parent", () => {
    expect(rejection("id", [{ op: "add", path: "/claims/missing/x", value: 1 }])).toContain("/claims/missing does not exist");
    expect(rejection("id", [{ op: "add", path: "/claims/name/x", value: 1 }])).toContain("/claims/name is not an object or array");
    expect(rejection("id", [{ op: "add", path: "/claims/list/5/x", value: 1 }])).toContain("/claims/list/5 does not exist");
  });

  it("applies operations in order, across commands for the same token", () => {
    const body = {
      commands: [
        { type: TYPE.id, value: [{ op: "add", path: "/claims/n", value: { a: [] } }] },
        { type: TYPE.id, value: [{ op: "add", path: "/claims/n/a/-", value: 1 }, { op: "replace", path: "/claims/n/a/0", value: 2 }] },
      ],
    };
    const verdict = checkTokenHookResponse({ status: 200, body: JSON.stringify(body) }, tokens());
    expect(verdict.outcome === "patched" && verdict.identity?.claims.n).toEqual({ a: [2] });
  });

  it("keeps a claim named __proto__ as a claim", () => {
    const claims = claimsAfter("id", [{ op: "add", path: "/claims/__proto__", value: { polluted: true } }]);
    expect(Object.hasOwn(claims, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    expect((claims as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("never mutates the caller's tokens, even inside nested claims", () => {
    const context = tokens();
    const before = structuredClone(context);
    const verdict = patch("id", [{ op: "add", path: "/claims/profile/tags/-", value: "b" }, { op: "remove", path: "/claims/list/0" }], context);
    expect(verdict.outcome === "patched" && verdict.identity?.claims.profile).toEqual({ dept: "cardio", tags: ["a", "b"] });
    expect(context).toEqual(before);
  });
});

describe("array indexes (docs/okta-token-hook.md §3.2)", () => {
  it.each([
    ["add", "/claims/list/3", ["x", "y", "z", "new"]],
    ["add", "/claims/list/-", ["x", "y", "z", "new"]],
    ["add", "/claims/list/0", ["new", "x", "y", "z"]],
    ["replace", "/claims/list/2", ["x", "y", "new"]],
    ["remove", "/claims/list/1", ["x", "z"]],
  ])("applies %s %s", (op, path, list) => {
    expect(claimsAfter("id", [{ op, path, value: op === "remove" ? null : "new" }]).list).toEqual(list);
  });

  it.each([
    ["add", "/claims/list/4", "index 4 is out of range (the array has 3 items)"],
    ["replace", "/claims/list/3", "index 3 is out of range"],
    ["remove", "/claims/list/3", "index 3 is out of range"],
    ["replace", "/claims/list/-", '"-" (end of array) can only be used with add'],
    ["add", "/claims/list/01", '"01" is not an array index'],
    ["add", "/claims/list/-1", '"-1" is not an array index'],
  ])("rejects %s %s", (op, path, reason) => {
    expect(rejection("id", [{ op, path, value: op === "remove" ? null : "new" }])).toContain(reason);
  });

  it("reaches into array elements", () => {
    expect(claimsAfter("id", [{ op: "add", path: "/claims/people/0/name", value: "Ann" }]).people).toEqual([{ id: 1, name: "Ann" }]);
  });
});

describe("token lifetime (docs/okta-token-hook.md §3.2)", () => {
  it.each([300, 3600, 86400])("replaces the lifetime with %i seconds", (seconds) => {
    const verdict = patch("access", [{ op: "replace", path: "/token/lifetime/expiration", value: seconds }]);
    expect(verdict.outcome === "patched" && verdict.access?.lifetimeSeconds).toBe(seconds);
  });

  it.each([
    ["replace", 299, "must be 300–86400 seconds, not 299"],
    ["replace", 86401, "must be 300–86400 seconds, not 86401"],
    ["replace", 3600.5, "must be an integer number of seconds"],
    ["replace", "3600", "must be an integer number of seconds"],
    ["add", 3600, "only replace is allowed on /token/lifetime/expiration, not add"],
    ["remove", null, "only replace is allowed on /token/lifetime/expiration, not remove"],
  ])("rejects %s with %j", (op, value, reason) => {
    expect(rejection("id", [{ op, path: "/token/lifetime/expiration", value }])).toContain(reason);
  });
});
