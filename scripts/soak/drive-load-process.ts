/**
 * The load generator in a process of its own: the soak's parent process hosts the embedded
 * database, and a query holding its event loop would otherwise show up as hook latency.
 * Usage (from soak-hook.ts): tsx scripts/soak/drive-load-process.ts <url[,url…]> <rate> <seconds>
 * Writes the LoadResult as one JSON line on stdout.
 */
import { driveLoad } from "./drive-load";

const [url, rate, seconds] = process.argv.slice(2);
if (!url || !rate || !seconds) throw new Error("usage: drive-load-process.ts <url> <rate> <seconds>");
const result = await driveLoad(url.split(","), Number(rate), Number(seconds));
process.stdout.write(`${JSON.stringify({ ...result, latenciesMs: Array.from(result.latenciesMs) })}\n`);
