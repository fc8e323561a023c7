import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serverActionFiles } from "@/tests/support/admin-surface";
import { findUnguardedActions } from "@/tests/support/find-unguarded-actions";

// Every "use server" file under app/ is admin-only (sign-in and sign-out live in lib/sign-in, public
// by design). The end-to-end suite calls each built action as a stranger (security-admin-access);
// this reads the source, so an unguarded action fails the unit run before any build.
describe("admin server actions", () => {
  it("each starts with await requireAdmin()", () => {
    const files = serverActionFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.flatMap((file) => findUnguardedActions(file, readFileSync(file, "utf8")))).toEqual([]);
  });

  it("the check catches an action without the guard, a late guard, and exports it cannot read", () => {
    const source = `"use server";
      import { requireAdmin } from "@/lib/admin/require-admin";
      export async function guarded(id: string) { const admin = await requireAdmin(); return id + admin.email; }
      export async function open(id: string) { return id; }
      export async function late(id: string) { console.log(id); await requireAdmin(); }
      export async function notAwaited() { requireAdmin(); }
      export const arrow = async () => { await requireAdmin(); };
      export const bareArrow = async () => 1;
      export { something } from "./elsewhere";`;
    expect(findUnguardedActions("x.ts", source)).toEqual([
      "x.ts: open does not start with await requireAdmin()",
      "x.ts: late does not start with await requireAdmin()",
      "x.ts: notAwaited does not start with await requireAdmin()",
      "x.ts: bareArrow does not start with await requireAdmin()",
      'x.ts: "export { something } from "./elsewhere";" exports something this check cannot read',
    ]);
  });
});
