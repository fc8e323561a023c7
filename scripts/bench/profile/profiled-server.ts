// Runs the Next.js server with cpu-profile-preload.mjs and collects one profile per window.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { functionOf, partOf, splitTime, totalOf, type CpuProfile } from "./read-cpu-profile";

const preload = path.resolve("scripts/bench/profile/cpu-profile-preload.mjs");

export type EventLoopDelay = { p50: number; p99: number; max: number };
export type ProfileWindow = { profile: CpuProfile; eventLoopDelayMs: EventLoopDelay };

/**
 * For startStack's `wrapper`: only the Next.js process gets the preload (the stack's env reaches
 * the local Okta too). NODE_OPTIONS already set (V8 flags being compared) are kept.
 */
export async function profilerWrapper(outDir: string): Promise<string[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const options = [process.env.NODE_OPTIONS, `--import ${preload}`].filter(Boolean).join(" ");
  return ["env", `NODE_OPTIONS=${options}`, `BENCH_CPU_PROFILE_DIR=${outDir}`];
}

/** Profiles what the server does while `work` runs (SIGUSR2 starts and stops the profiler). */
export async function profiledWindow<T>(pid: number, outDir: string, index: number, work: () => Promise<T>): Promise<ProfileWindow & { result: T }> {
  execFileSync("kill", ["-USR2", String(pid)]);
  const result = await work();
  execFileSync("kill", ["-USR2", String(pid)]);
  const file = path.join(outDir, `${index}.cpuprofile`);
  for (let waited = 0; !existsSync(file); waited += 100) {
    if (waited > 30_000) throw new Error(`the server wrote no profile to ${file}`);
    await sleep(100);
  }
  await sleep(200); // written in one call, but let it finish
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const eventLoopDelayMs = JSON.parse(await readFile(path.join(outDir, `${index}.loop.json`), "utf8")) as EventLoopDelay;
  return { profile, eventLoopDelayMs, result };
}

const ms = (us: number) => Number((us / 1000).toFixed(1));

/** For each window: the event-loop delay, the CPU time by part of the stack and the costliest functions. */
export function printServerProfiles(windows: Record<string, ProfileWindow>, limit = 15): void {
  const names = Object.keys(windows);
  console.log("\nThe server's event loop (ms a timer waited beyond its time):");
  console.table(Object.fromEntries(names.map((name) => [name, windows[name]!.eventLoopDelayMs])));
  const parts = names.map((name) => splitTime(windows[name]!.profile, partOf));
  console.log("The server's CPU time (ms, self time) by part of the stack:");
  const keys = [...new Set(parts.flatMap((split) => [...split.keys()]))].sort((a, b) => (parts.at(-1)!.get(b) ?? 0) - (parts.at(-1)!.get(a) ?? 0));
  console.table(Object.fromEntries(keys.slice(0, limit).map((key) => [key, Object.fromEntries(names.map((name, i) => [name, ms(parts[i]!.get(key) ?? 0)]))])));
  for (const name of names) {
    const fns = splitTime(windows[name]!.profile, (frame) => `${partOf(frame)} · ${functionOf(frame)}`);
    console.log(`Costliest functions, ${name} (total ${ms(totalOf(fns))} ms of CPU):`);
    console.table([...fns].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([fn, us]) => ({ function: fn, ms: ms(us) })));
  }
}
