import { describe, expect, it, vi } from "vitest";

/** Every line log writes while `run` runs, parsed. */
async function captureLines(run: (log: typeof import("./log").log) => void): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write);
  try {
    vi.resetModules();
    const { log } = await import("./log");
    run(log);
  } finally {
    write.mockRestore();
  }
  return lines.join("").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("log", () => {
  it("writes one JSON line: level, ISO time, event and the fields", async () => {
    const [line] = await captureLines((log) => log.warn("hook.event.not_recorded", { eventId: "e1", latencyMs: 3 }));
    expect(line).toMatchObject({ level: "warn", event: "hook.event.not_recorded", eventId: "e1", latencyMs: 3 });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
  });

  it("redacts fields that could carry a secret, a token or a patient ID, whatever the caller passes", async () => {
    const [line] = await captureLines((log) =>
      log.info("careless", { patientId: "6789", authorization: "Basic c2VjcmV0", idToken: "eyJ…", username: "kim.sato@example.com" }),
    );
    expect(line).toMatchObject({ patientId: "[redacted]", authorization: "[redacted]", idToken: "[redacted]", username: "kim.sato@example.com" });
    expect(JSON.stringify(line)).not.toContain("6789");
  });
});
