/**
 * One autocannon run in a process of its own (see runAutocannonInChild).
 * Usage: tsx scripts/bench/run-autocannon-process.ts '<target json>' <connections> <seconds>
 * Writes the LoadResult as one JSON line on stdout.
 */
import { runAutocannon, type Target } from "./run-autocannon";

const [target, connections, seconds] = process.argv.slice(2);
if (!target || !connections || !seconds) throw new Error("usage: run-autocannon-process.ts <target json> <connections> <seconds>");
const result = await runAutocannon(JSON.parse(target) as Target, Number(connections), { seconds: Number(seconds) });
process.stdout.write(`${JSON.stringify(result)}\n`);
