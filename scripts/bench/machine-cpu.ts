// Where the machine's CPU went during a benchmark window, by process (Linux: /proc). bench:mixed
// prints it beside the hook's latencies: on a small machine the hook's p99 is decided by whether
// the cores were free, and this says who held them.
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";

/** A /proc/<pid>/stat line split: the name, and the fields after it (state first). */
function splitProcStat(line: string): { name: string; fields: string[] } | null {
  // The name sits in parentheses and may itself hold spaces and parentheses: split at the last ")".
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  return { name: line.slice(open + 1, close), fields: line.slice(close + 2).split(" ") };
}

/** A process's name and CPU time (user + system, clock ticks) from a /proc/<pid>/stat line. */
export function parseProcStat(line: string): { name: string; ticks: number } | null {
  const split = splitProcStat(line);
  // After the name: state (field 3) … utime (14) and stime (15), counted from 1 with pid and name.
  const utime = Number(split?.fields[11]);
  const stime = Number(split?.fields[12]);
  if (!split || !Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return { name: split.name, ticks: utime + stime };
}

/** A process's parent (field 4 of its stat line), or 0. */
function parentOf(line: string): number {
  return Number(splitProcStat(line)?.fields[1]) || 0;
}

/** A process's command line, arguments joined by spaces ("" once it has ended). */
export async function readCommand(pid: number | string): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).replaceAll("\0", " ");
}

/** The group a process is counted in: the app's servers, the databases, the browser, the load, the rest. */
export function processGroup(name: string, pid: number, appPids: ReadonlyMap<number, string>, command = ""): string {
  const app = appPids.get(pid);
  if (app) return app;
  if (name.startsWith("next-server")) return "other Next.js servers";
  if (name === "postgres") return "PostgreSQL";
  if (/^(chrom|headless_shell)/.test(name)) return "Chromium";
  // The benchmark itself hosts the stack's embedded database (PGlite) and the local Okta.
  if (pid === process.pid) return "the benchmark (embedded database, local Okta)";
  if (command.includes("drive-load-process")) return "load generator";
  if (name === "node" || name === "MainThread") return "other Node.js processes";
  return "everything else on the machine";
}

type Snapshot = Map<number, { name: string; ppid: number; ticks: number; command: string }>;

/** Every process on the machine, read from /proc (empty where there is none). */
export async function snapshot(): Promise<Snapshot> {
  const processes: Snapshot = new Map();
  const entries = await readdir("/proc").catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        const line = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
        const parsed = line && parseProcStat(line);
        if (!parsed) return;
        // Node.js processes are told apart by their command line (the load generator's script).
        const command = parsed.name === "node" ? await readCommand(entry) : "";
        processes.set(Number(entry), { ...parsed, ppid: parentOf(line), command });
      }),
  );
  return processes;
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that Node.js runs on

export type MachineCpu = { seconds: number; cores: number; byGroup: Map<string, number> };

// Often enough that a process which ends inside a window (a load generator) is counted nearly whole.
const SAMPLE_EVERY_MS = 250;

/**
 * Runs `work` and measures the CPU every process used meanwhile: /proc is read before, every
 * 250 ms and after, and each process counts from its first reading (zero if it started inside the
 * window) to its last. `appPids` names the processes that matter (the Next.js servers). Null where
 * /proc is not there.
 */
export async function measureMachineCpu<T>(appPids: ReadonlyMap<number, string>, work: () => Promise<T>): Promise<{ result: T; cpu: MachineCpu | null }> {
  const before = await snapshot();
  const last: Snapshot = new Map(before);
  const read = async () => {
    for (const [pid, reading] of await snapshot()) last.set(pid, reading);
  };
  let reading = Promise.resolve();
  const timer = setInterval(() => (reading = reading.then(read)), SAMPLE_EVERY_MS);
  const started = performance.now();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  await reading.then(read);
  if (before.size === 0) return { result, cpu: null };
  const byGroup = new Map<string, number>();
  for (const [pid, { name, ticks, command }] of last) {
    const used = (ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
    if (used <= 0) continue;
    const group = processGroup(name, pid, appPids, command);
    byGroup.set(group, (byGroup.get(group) ?? 0) + used);
  }
  return { result, cpu: { seconds, cores: availableParallelism(), byGroup } };
}

/** One table: for each window, the cores each group kept busy on average, and the total. */
export function printMachineCpu(windows: Record<string, MachineCpu | null>): void {
  const measured = Object.entries(windows).filter((entry): entry is [string, MachineCpu] => entry[1] !== null);
  if (measured.length === 0) return;
  const groups = [...new Set(measured.flatMap(([, cpu]) => [...cpu.byGroup.keys()]))];
  const busy = (cpu: MachineCpu, seconds: number) => Number((seconds / cpu.seconds).toFixed(2));
  const rows = Object.fromEntries(
    groups.map((group) => [group, Object.fromEntries(measured.map(([name, cpu]) => [name, busy(cpu, cpu.byGroup.get(group) ?? 0)]))]),
  );
  const total = (cpu: MachineCpu) => [...cpu.byGroup.values()].reduce((sum, seconds) => sum + seconds, 0);
  rows[`all (the machine has ${measured[0]![1].cores} cores)`] = Object.fromEntries(measured.map(([name, cpu]) => [name, busy(cpu, total(cpu))]));
  console.log("\nCores kept busy on average during each window, by process (from /proc):");
  console.table(rows);
}
