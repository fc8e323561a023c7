import { describe, expect, it } from "vitest";
import { parseProcStat, processGroup } from "./machine-cpu";

describe("parseProcStat", () => {
  it("reads the name and user + system ticks", () => {
    const line = "4242 (postgres) S 1 4242 4242 0 -1 4194560 1200 0 0 0 731 96 0 0 20 0 1 0 5000 1000 200";
    expect(parseProcStat(line)).toEqual({ name: "postgres", ticks: 827 });
  });

  it("keeps a name with spaces and parentheses whole", () => {
    const line = "77 (next-server (v16.4.6)) R 70 77 70 0 -1 4194304 9000 0 0 0 5000 250 0 0 20 0 11 0 300 9 9";
    expect(parseProcStat(line)).toEqual({ name: "next-server (v16.4.6)", ticks: 5250 });
  });

  it("refuses what is not a stat line", () => {
    expect(parseProcStat("")).toBeNull();
    expect(parseProcStat("12 (short) S 1")).toBeNull();
  });
});

describe("processGroup", () => {
  const app = new Map([[77, "Next.js server (hook + admin)"]]);
  it("names the app's own servers first, then known programs", () => {
    expect(processGroup("next-server (v16.4.6)", 77, app)).toBe("Next.js server (hook + admin)");
    expect(processGroup("next-server (v16.4.6)", 78, app)).toBe("other Next.js servers");
    expect(processGroup("postgres", 5, app)).toBe("PostgreSQL");
    expect(processGroup("chromium", 6, app)).toBe("Chromium");
    expect(processGroup("node", process.pid, app)).toBe("the benchmark (embedded database, local Okta)");
    expect(processGroup("node", 7, app, "/usr/bin/node tsx scripts/soak/drive-load-process.ts http://x 200 40")).toBe("load generator");
    expect(processGroup("node", 7, app)).toBe("other Node.js processes");
    expect(processGroup("kworker/0:1", 8, app)).toBe("everything else on the machine");
  });
});
