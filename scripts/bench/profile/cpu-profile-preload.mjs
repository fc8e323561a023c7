// Loaded into the Next.js server by the benchmarks that profile it (`npm run bench:hook:profile`,
// `BENCH_PROFILE=1 npm run bench:mixed`) through NODE_OPTIONS=--import, and nowhere else. SIGUSR2
// starts V8's sampling profiler and an event-loop delay histogram; the next SIGUSR2 stops both and
// writes $BENCH_CPU_PROFILE_DIR/<n>.cpuprofile and <n>.loop.json, so each covers one window only.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  // 100 µs: about 10 samples for each request's 1 ms, enough to split it by function.
  session.post("Profiler.setSamplingInterval", { interval: 100 });
  let loop;
  let written = 0;
  const ms = (ns) => Number((ns / 1e6).toFixed(1));
  process.on("SIGUSR2", () => {
    if (!loop) {
      loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      session.post("Profiler.start");
      return;
    }
    loop.disable();
    const delay = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
    loop = undefined;
    session.post("Profiler.stop", (error, result) => {
      const file = path.join(dir, String(++written));
      fs.writeFileSync(`${file}.loop.json`, JSON.stringify(delay));
      fs.writeFileSync(`${file}.cpuprofile`, error ? JSON.stringify({ error: String(error) }) : JSON.stringify(result.profile));
    });
  });
}
