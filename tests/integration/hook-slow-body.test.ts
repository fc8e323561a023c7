import { connect } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { OKTA_GUIDE_HOOK_AUTH } from "@/okta/guide-credentials";

const appUrl = new URL(inject("appUrl"));
// The shared stack runs with the default lookup budget (HOOK_LOOKUP_TIMEOUT_MS).
const LOOKUP_BUDGET_MS = 2000;
// The client gives up here: without the deadline, the hook would still be waiting for the body.
const CLIENT_LIMIT_MS = 8000;

type Outcome = { statusLine: string | null; elapsedMs: number; closedByServer: boolean };

/**
 * A slow-loris client with the valid secret: announces a 2,000-byte body, then sends one byte a
 * second. Bounded: it stops after CLIENT_LIMIT_MS whatever happens and reports what it saw.
 */
function sendBodySlowly(): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(appUrl.port), appUrl.hostname);
    let received = "";
    let drip: ReturnType<typeof setInterval> | undefined;
    const finish = (closedByServer: boolean) => {
      clearInterval(drip);
      clearTimeout(limit);
      socket.destroy();
      const statusLine = received.includes("\r\n") ? received.slice(0, received.indexOf("\r\n")) : null;
      resolve({ statusLine, elapsedMs: performance.now() - started, closedByServer });
    };
    const limit = setTimeout(() => finish(false), CLIENT_LIMIT_MS);
    socket.on("connect", () => {
      socket.write(
        [
          "POST /api/hooks/token HTTP/1.1",
          `Host: ${appUrl.host}`,
          `Authorization: ${OKTA_GUIDE_HOOK_AUTH.value}`,
          "Content-Type: application/json",
          "Content-Length: 2000",
          "",
          "{",
        ].join("\r\n"),
      );
      drip = setInterval(() => socket.write(" "), 1000);
    });
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", () => finish(true));
    socket.on("close", () => finish(true));
  });
}

describe("the hook's body deadline", () => {
  it("answers 408 to a body sent one byte a second, within the lookup budget, and closes the connection", async () => {
    const outcome = await sendBodySlowly();
    expect(outcome.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(outcome.elapsedMs).toBeLessThan(LOOKUP_BUDGET_MS + 1500);
    expect(outcome.closedByServer).toBe(true);
  }, 15_000);
});
