import { spawn, spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { descendants, splitCores, withCoresSplit } from "./cpu-pinning";

const cores = splitCores();
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

function startSleeper(): number {
  const child = spawn("sleep", ["30"], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}

/** The cores `pid` may run on, as taskset lists them ("0", "0,1", "0-3"). */
const affinity = (pid: number) => /: (\S+)$/.exec(spawnSync("taskset", ["-c", "-p", String(pid)], { encoding: "utf8" }).stdout.trim())?.[1];

// Needs Linux, taskset and two cores (as bench:mixed's fourth run does).
describe.skipIf(!cores)("withCoresSplit", () => {
  it("finds this process's children, pins them apart while the work runs, and gives them every core back", async () => {
    const [hookSide, rest, startedLater] = [startSleeper(), startSleeper(), startSleeper()];
    expect((await descendants(process.pid)).map((child) => child.pid)).toEqual(expect.arrayContaining([hookSide, rest, startedLater]));
    const all = affinity(rest);
    await withCoresSplit(cores!, [hookSide], [rest], async (pinToHookSide) => {
      expect(affinity(hookSide)).toBe(cores!.hook);
      expect(affinity(rest)).toBe(cores!.rest);
      pinToHookSide([startedLater]);
      expect(affinity(startedLater)).toBe(cores!.hook);
    });
    for (const pid of [hookSide, rest, startedLater]) expect(affinity(pid)).toBe(all);
  });
});
