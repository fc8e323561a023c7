// Linux only: gives the benchmark's processes cores of their own (taskset), so bench:mixed can
// show what the hook does when its instance has CPU no admin work can take, as a deployment that
// gives the hook its own instances (each Vercel function instance, own servers) does.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { readCommand, snapshot } from "./machine-cpu";

/** Pins every thread of `pid` (and the threads it starts later) to `cores` ("1", "0-2"); false where it cannot. */
export function pinProcess(pid: number, cores: string): boolean {
  return spawnSync("taskset", ["--all-tasks", "--cpu-list", "--pid", cores, String(pid)], { stdio: "ignore" }).status === 0;
}

/** The live processes descending from `ancestor`, with their names and command lines. */
export async function descendants(ancestor: number): Promise<{ pid: number; name: string; command: string }[]> {
  const processes = await snapshot();
  const isDescendant = (pid: number): boolean => {
    for (let at = processes.get(pid)?.ppid; at !== undefined && at > 0; at = processes.get(at)?.ppid) if (at === ancestor) return true;
    return false;
  };
  const found = [...processes].filter(([pid]) => isDescendant(pid));
  return Promise.all(found.map(async ([pid, { name }]) => ({ pid, name, command: await readCommand(pid) })));
}

export type CoreSplit = { hook: string; rest: string; all: string };

/** The last core for the hook's side, the others for the rest; null on a one-core machine or without taskset. */
export function splitCores(): CoreSplit | null {
  const cores = availableParallelism();
  if (cores < 2 || process.platform !== "linux" || spawnSync("taskset", ["--version"], { stdio: "ignore" }).status !== 0) return null;
  return { hook: String(cores - 1), rest: cores === 2 ? "0" : `0-${cores - 2}`, all: `0-${cores - 1}` };
}

/**
 * Runs `work` with `hookSide` on the hook's core and `rest` on the others; `work` may pin more
 * processes to the hook's side as it starts them. Every pinned process gets all cores back after.
 */
export async function withCoresSplit<T>(split: CoreSplit, hookSide: number[], rest: number[], work: (pinToHookSide: (pids: number[]) => void) => Promise<T>): Promise<T> {
  const pinned: number[] = [];
  const pin = (pids: number[], cores: string) => {
    for (const pid of pids) if (pinProcess(pid, cores)) pinned.push(pid);
  };
  try {
    pin(rest, split.rest);
    pin(hookSide, split.hook);
    return await work((pids) => pin(pids, split.hook));
  } finally {
    for (const pid of pinned) pinProcess(pid, split.all);
  }
}

/** PostgreSQL's server processes on this machine: the postmaster and its backends. */
export async function postgresProcesses(): Promise<number[]> {
  return [...(await snapshot())].filter(([, process]) => process.name === "postgres").map(([pid]) => pid);
}

/** The local ports of `pid`'s TCP connections to port `serverPort` (ss, from iproute2). */
export function clientPorts(pid: number, serverPort: number): number[] {
  const { stdout } = spawnSync("ss", ["-tnpH", "state", "established", `( dport = :${serverPort} )`], { encoding: "utf8" });
  return (stdout ?? "")
    .split("\n")
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => Number(/:(\d+)\s+\S+:\d+\s/.exec(line)?.[1]))
    .filter((port) => port > 0);
}
