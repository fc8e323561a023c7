// Splits a V8 .cpuprofile (as the profiler in cpu-profile-preload.cjs writes it) into CPU time
// per function and per part of the stack (Next.js, Node's HTTP and streams, pg, zod, our code…).

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** CPU time (µs) per key, for all of the profile's busy samples. */
export type TimeSplit = Map<string, number>;

const NOT_WORK = new Set(["(idle)", "(root)"]);

/** The part of the stack a function belongs to, from the file it was loaded from. */
export function partOf({ functionName, url }: CallFrame): string {
  if (!url) return functionName === "(garbage collector)" ? "V8: garbage collector" : `V8: ${functionName || "native"}`;
  if (url.startsWith("node:")) return `Node.js: ${url.slice(5).replace(/^internal\//, "").split("/")[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next") return url.includes("/compiled/") ? "Next.js (compiled runtime)" : "Next.js";
  if (pkg) return pkg;
  if (url.includes("/.next/server/")) return "app bundle (.next/server)";
  return "other";
}

/** A function's name and place, e.g. "readLimitedText (read-hook-request.ts:31)". */
export function functionOf({ functionName, url, lineNumber }: CallFrame): string {
  const file = url ? url.split("/").at(-1) : "";
  return file ? `${functionName || "(anonymous)"} (${file}:${lineNumber + 1})` : functionName || "(native)";
}

/** Sums each busy sample's time under `keyOf` its frame (self time: the frame the sample stopped in). */
export function splitTime(profile: CpuProfile, keyOf: (frame: CallFrame) => string): TimeSplit {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const split: TimeSplit = new Map();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (!frame || NOT_WORK.has(frame.functionName)) return;
    const key = keyOf(frame);
    // A sample's time is the gap to the next one (as Chrome's DevTools count it).
    split.set(key, (split.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return split;
}

export const totalOf = (split: TimeSplit) => [...split.values()].reduce((sum, value) => sum + value, 0);
