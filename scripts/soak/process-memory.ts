import { readFileSync } from "node:fs";

/** Resident set size in MB, from /proc/<pid>/status (VmRSS is in kB). */
export function readRssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/**
 * Samples a process's RSS every `intervalMs` until stopped, and gives the highest reading. A
 * Node.js server's RSS is a sawtooth (the heap grows until a major GC hands memory back, tens of
 * MB either way), so two single readings compare phases of the saw; peaks compare like with like,
 * and a leak shows as peaks that keep rising.
 */
export function trackPeakRss(pid: number, intervalMs = 250): { stop(): number } {
  let peak = readRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, readRssMb(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, readRssMb(pid));
    },
  };
}

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc/<pid>/stat. */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the name), in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
