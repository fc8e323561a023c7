import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type HookAnswer = { status: number; body?: unknown; delayMs?: number };
export type ReceivedCall = { headers: IncomingHttpHeaders; body: Record<string, unknown> };

/** A token hook service on a random port that records what it receives and answers as told. */
export async function startFakeHook(answer: (call: ReceivedCall) => HookAnswer) {
  const calls: ReceivedCall[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const call = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown> };
    calls.push(call);
    const { status, body, delayMs = 0 } = answer(call);
    setTimeout(() => {
      res.writeHead(status, body === undefined ? {} : { "Content-Type": "application/json" });
      res.end(body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/hooks/token`,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
