/**
 * npm run bench:hook:profile — where the hook's cost per request goes, function by function, next
 * to the floor (/api/ping, the bare framework). `bench:hook:instructions` says how much the hook
 * costs beyond the floor; this says what that difference is made of. Runs the production server
 * with V8's sampling profiler preloaded (scripts/bench/profile/cpu-profile-preload.mjs), warms each
 * target up (BENCH_WARMUP, default 3000), then profiles BENCH_REQUESTS (default 5000) requests per
 * target and prints CPU time per request by part of the stack and, for the hook's patient call, the
 * functions that cost more than the floor's. Times are CPU µs on this machine (they swing with its
 * load); the split between parts is what to read.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { startStack } from "@/scripts/stack";
import { BENCH_STACK, hookTargets } from "./hook-bench";
import { profiledWindow, profilerWrapper } from "./profile/profiled-server";
import { functionOf, partOf, splitTime, totalOf, type CpuProfile, type TimeSplit } from "./profile/read-cpu-profile";
import { runAutocannon, type Target } from "./run-autocannon";

const warmUp = Number(process.env.BENCH_WARMUP ?? 3000);
const requests = Number(process.env.BENCH_REQUESTS ?? 5000);
const outDir = path.resolve(".data/bench-cpuprofile");

async function drive(target: Target, amount: number): Promise<void> {
  const { errors } = await runAutocannon(target, 4, { amount });
  if (errors > 0) throw new Error(`${target.name}: ${errors} of ${amount} requests failed or answered unexpectedly`);
}

const perRequest = (split: TimeSplit, key: string) => (split.get(key) ?? 0) / requests;
const us = (value: number) => Math.round(value);

/** One row per part of the stack: µs per request for each target, the largest first. */
function printByPart(names: string[], splits: TimeSplit[]) {
  const parts = [...new Set(splits.flatMap((split) => [...split.keys()]))];
  const rows = parts
    .map((part) => Object.fromEntries([["part", part], ...names.map((name, i) => [name, us(perRequest(splits[i]!, part))])]))
    .filter((row) => names.some((name) => (row[name] as number) >= 1))
    .sort((a, b) => (b[names[0]!] as number) - (a[names[0]!] as number));
  rows.push(Object.fromEntries([["part", "total"], ...names.map((name, i) => [name, us(totalOf(splits[i]!) / requests)])]));
  console.table(rows);
}

/** The functions where `subject` spends more per request than `floor`, the largest difference first. */
function printExtraFunctions(subject: TimeSplit, floor: TimeSplit, limit = 30) {
  const rows = [...subject.keys()]
    .map((fn) => ({ function: fn, "µs/request": perRequest(subject, fn), "floor µs": perRequest(floor, fn) }))
    .map((row) => ({ ...row, extra: row["µs/request"] - row["floor µs"] }))
    .filter((row) => row.extra >= 0.5)
    .sort((a, b) => b.extra - a.extra)
    .slice(0, limit)
    .map((row) => ({ function: row.function, "µs/request": us(row["µs/request"]), "floor µs": us(row["floor µs"]), extra: row.extra.toFixed(1) }));
  console.table(rows);
}

async function main() {
  await rm(BENCH_STACK.dataDir, { recursive: true, force: true });
  const stack = await startStack({ ...BENCH_STACK, wrapper: await profilerWrapper(outDir) });
  try {
    const targets = hookTargets(stack.appUrl);
    for (const target of targets) await drive(target, warmUp);
    const profiles: CpuProfile[] = [];
    for (const [i, target] of targets.entries()) {
      profiles.push((await profiledWindow(stack.serverPid, outDir, i + 1, () => drive(target, requests))).profile);
    }
    const names = targets.map((target) => target.name);
    const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
    console.log(`database: ${database}; V8 sampling profiler (100 µs), ${warmUp} warm-up and ${requests} profiled requests per target, 4 at a time`);
    console.log("\nCPU µs per request, by part of the stack (self time):");
    printByPart(names, profiles.map((p) => splitTime(p, partOf)));
    const [patient, nonPatient, floor] = profiles.map((p) => splitTime(p, (frame) => `${partOf(frame)} · ${functionOf(frame)}`));
    console.log(`\nWhat ${names[0]} spends beyond the floor, by function:`);
    printExtraFunctions(patient!, floor!);
    console.log(`\nWhat ${names[1]} spends beyond the floor, by function:`);
    printExtraFunctions(nonPatient!, floor!, 15);
  } finally {
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
