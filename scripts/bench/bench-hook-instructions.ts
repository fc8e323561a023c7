/**
 * npm run bench:hook:instructions — the hook's cost per request in machine instructions, against
 * the same floor as `npm run bench:hook`. On a shared machine req/s and even CPU time swing by
 * ±20 % from run to run; instructions counted by valgrind's callgrind do not depend on what else
 * the cores are doing, so a change to the hook's path can be compared before and after to a few
 * per cent (two runs of one build: 3.25 M and 3.33 M per patient call). Runs the production
 * server under callgrind (about 50 times slower, so it drives a fixed number of requests, not a
 * rate), warms every target up uninstrumented (BENCH_WARMUP requests,
 * default 3000: modules loaded, JIT done), then counts BENCH_REQUESTS (default 1000) per target,
 * BENCH_ROUNDS (default 5) times, interleaved. It counts the main thread, where requests run; the
 * JIT compiler's and GC's helper threads come in bursts that one window catches and the next does
 * not. A major GC on the main thread does the same (a window can count 10–15 % more): the median of
 * the rounds is the typical window, and the spread is printed. Needs valgrind
 * (`apt-get install valgrind`); Linux only.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { startStack } from "@/scripts/stack";
import { BENCH_STACK, hookTargets, median } from "./hook-bench";
import { runAutocannon, type Target } from "./run-autocannon";

const warmUp = Number(process.env.BENCH_WARMUP ?? 3000);
const requests = Number(process.env.BENCH_REQUESTS ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const outDir = path.resolve(".data/bench-callgrind");
const outFile = path.join(outDir, "callgrind.out");

/**
 * Sends exactly `amount` requests, 4 at a time (10, as bench:hook does, queues long enough under
 * callgrind to run out the lookup's budget); fails on any answer but the expected one.
 */
async function drive(target: Target, amount: number): Promise<void> {
  const { errors } = await runAutocannon(target, 4, { amount });
  if (errors > 0) throw new Error(`${target.name}: ${errors} of ${amount} requests failed or answered unexpectedly`);
}

/** The main thread's instruction total in callgrind's newest dump (callgrind.out.<dump>-<thread>). */
async function readNewestDump(): Promise<number> {
  const dumpNumber = (name: string) => Number(/^callgrind\.out\.(\d+)-01$/.exec(name)?.[1] ?? 0);
  const newest = (await readdir(outDir)).sort((a, b) => dumpNumber(a) - dumpNumber(b)).at(-1);
  if (!newest || dumpNumber(newest) === 0) throw new Error(`callgrind wrote no dump in ${outDir}`);
  const match = /^totals: (\d+)$/m.exec(await readFile(path.join(outDir, newest), "utf8"));
  if (!match?.[1]) throw new Error(`no instruction total in ${newest}`);
  return Number(match[1]);
}

/** Instructions per request for `amount` requests to `target`, counted from zero. */
async function countInstructions(pid: number, target: Target, amount: number): Promise<number> {
  const control = (...args: string[]) => execFileSync("callgrind_control", [...args, String(pid)], { stdio: "ignore" });
  control("--zero");
  control("--instr=on");
  await drive(target, amount);
  control("--instr=off");
  control("--dump");
  return (await readNewestDump()) / amount;
}

async function main() {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.error("bench:hook:instructions needs valgrind: apt-get install valgrind");
    process.exit(1);
  }
  await rm(BENCH_STACK.dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const wrapper = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--separate-threads=yes", `--callgrind-out-file=${outFile}`];
  // The longest lookup budget allowed: a major GC under callgrind takes seconds.
  const env = { HOOK_LOOKUP_TIMEOUT_MS: "2900" };
  const stack = await startStack({ ...BENCH_STACK, wrapper, env });
  try {
    const pid = stack.serverPid;
    const targets = hookTargets(stack.appUrl);
    for (const target of targets) await drive(target, warmUp);
    const counts: number[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, target] of targets.entries()) counts[i]!.push(await countInstructions(pid, target, requests));
    }
    const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
    console.log(`database: ${database}; callgrind, main thread; ${warmUp} warm-up requests per target, medians of ${rounds} × ${requests}`);
    const medians = counts.map(median);
    const millions = (n: number) => (n / 1e6).toFixed(2);
    console.table(
      targets.map((target, i) => ({
        target: target.name,
        "instructions/request": Math.round(medians[i]!),
        "min–max": `${millions(Math.min(...counts[i]!))}–${millions(Math.max(...counts[i]!))} M`,
        "floor/this": (medians[2]! / medians[i]!).toFixed(2),
      })),
    );
  } finally {
    await stack.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
