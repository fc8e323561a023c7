import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { describe, expect, inject, it } from "vitest";

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host);
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

// An address of this machine that others on its network can reach (none in a bare container).
const external = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && !address.internal && address.family === "IPv4")?.address;

describe("the local stack", () => {
  it.skipIf(!external)("listens on loopback only: the app and its database are unreachable on the machine's network address", async () => {
    const app = Number(new URL(inject("appUrl")).port);
    const database = Number(new URL(inject("databaseUrl")).port);
    expect(await reachable("127.0.0.1", app)).toBe(true);
    expect(await reachable(external!, app)).toBe(false);
    if (database) expect(await reachable(external!, database)).toBe(false);
  });
});
