import { runScriptInChild } from "@/scripts/load/run-in-child";
import type { LoadResult } from "./drive-load";

/** driveLoad in a process of its own (see runScriptInChild); several URLs share the calls round-robin. */
export async function driveLoadInChild(url: string | string[], rate: number, seconds: number): Promise<LoadResult> {
  const result = await runScriptInChild<Omit<LoadResult, "latenciesMs"> & { latenciesMs: number[] }>(
    "scripts/soak/drive-load-process.ts",
    [[url].flat().join(","), String(rate), String(seconds)],
  );
  return { ...result, latenciesMs: Float64Array.from(result.latenciesMs) };
}
