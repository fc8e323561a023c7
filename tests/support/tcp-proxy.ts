import net from "node:net";

export type ProxyMode = "up" | "down" | "slow";

export type TcpProxy = {
  port: number;
  /** up: pass through; down: drop every connection (and refuse new ones); slow: hold each chunk `delayMs`. */
  setMode(mode: ProxyMode, delayMs?: number): void;
  /** Like a stopped server: nothing listens, so connecting is refused (ECONNREFUSED). */
  stopListening(): Promise<void>;
  listenAgain(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP proxy in front of the database, to cut or slow it in the middle of traffic without
 * stopping it: works the same for embedded PGlite and PostgreSQL, and the port never changes.
 */
export async function startTcpProxy(upstream: { host: string; port: number }, port: number): Promise<TcpProxy> {
  let mode: ProxyMode = "up";
  let delayMs = 0;
  const open = new Set<net.Socket>();
  const held = new Set<NodeJS.Timeout>();
  const relay = (from: net.Socket, to: net.Socket) =>
    from.on("data", (chunk) => {
      if (mode !== "slow") return void to.write(chunk);
      from.pause(); // keeps order: the next chunk waits for this one
      const timer = setTimeout(() => {
        held.delete(timer);
        if (!to.destroyed) to.write(chunk);
        from.resume();
      }, delayMs);
      held.add(timer);
    });
  const server = net.createServer((client) => {
    if (mode === "down") return void client.destroy();
    const target = net.connect(upstream.port, upstream.host);
    for (const socket of [client, target]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {
        client.destroy();
        target.destroy();
      });
    }
    client.on("close", () => target.destroy());
    target.on("close", () => client.destroy());
    relay(client, target);
    relay(target, client);
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const timer of held) clearTimeout(timer);
      for (const socket of open) socket.destroy();
      server.close(() => resolve());
    });
  await listen();
  return {
    port,
    setMode(next, delay = 0) {
      mode = next;
      delayMs = delay;
      if (next === "down") for (const socket of open) socket.destroy();
    },
    stopListening: stop,
    listenAgain: listen,
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
