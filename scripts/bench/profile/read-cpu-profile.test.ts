import { describe, expect, it } from "vitest";
import { functionOf, partOf, splitTime, totalOf, type CpuProfile } from "./read-cpu-profile";

const frame = (functionName: string, url = "", lineNumber = 0) => ({ functionName, url, lineNumber });

// Three functions and the idle node; each sample's time is the gap to the next sample.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)") },
    { id: 2, callFrame: frame("(idle)") },
    { id: 3, callFrame: frame("query", "file:///app/node_modules/pg/lib/client.js", 667) },
    { id: 4, callFrame: frame("readHookRequest", "file:///app/.next/server/chunks/route.js", 13) },
    { id: 5, callFrame: frame("(garbage collector)") },
  ],
  samples: [3, 4, 2, 5, 4],
  timeDeltas: [0, 100, 200, 300, 400, 500],
};

describe("splitTime", () => {
  it("sums each busy sample's following gap by part, leaving idle time out", () => {
    const split = splitTime(profile, partOf);
    expect(Object.fromEntries(split)).toEqual({ pg: 100, "app bundle (.next/server)": 200 + 500, "V8: garbage collector": 400 });
    expect(totalOf(split)).toBe(1200);
  });

  it("names functions with their file and line", () => {
    expect(functionOf(frame("query", "file:///app/node_modules/pg/lib/client.js", 667))).toBe("query (client.js:668)");
    expect(partOf(frame("emit", "node:events", 470))).toBe("Node.js: events");
    expect(partOf(frame("x", "node:internal/webstreams/readablestream"))).toBe("Node.js: webstreams");
    expect(partOf(frame("x", "file:///app/node_modules/next/dist/server/base-server.js"))).toBe("Next.js");
  });
});
