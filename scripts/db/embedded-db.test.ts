import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { embeddedDbStateFile } from "./embedded-db-state";

// Just enough of the wire protocol to send one extended-query sequence in two halves.
const message = (type: string, body: Buffer) => {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
};
const cstr = (text: string) => Buffer.from(`${text}\0`);
const int = (bytes: 2 | 4, value: number) => {
  const buffer = Buffer.alloc(bytes);
  if (bytes === 2) buffer.writeInt16BE(value);
  else buffer.writeInt32BE(value);
  return buffer;
};
const startup = () => {
  const body = Buffer.concat([int(4, 196608), cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), cstr("")]);
  return Buffer.concat([int(4, body.length + 4), body]);
};
const parse = (sql: string) => message("P", Buffer.concat([cstr(""), cstr(sql), int(2, 0)]));
const bindExecuteSync = Buffer.concat([
  message("B", Buffer.concat([cstr(""), cstr(""), int(2, 0), int(2, 0), int(2, 0)])),
  message("E", Buffer.concat([cstr(""), int(4, 0)])),
  message("S", Buffer.alloc(0)),
]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function rawClient(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (data) => (received += data.toString("latin1")));
  socket.write(startup());
  await vi.waitFor(() => expect(received).toContain("Z\0\0\0\x05I"));
  received = "";
  return { socket, received: () => received };
}

describe("startEmbeddedDb (in memory)", () => {
  let db: EmbeddedDb;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await startEmbeddedDb({ port: 0 });
    pool = new pg.Pool({ connectionString: db.url, max: 10 });
  }, 60_000);
  afterAll(async () => {
    await pool.end();
    await db.stop();
  });

  it("serves each client's Parse…Sync sequence whole, even when it arrives in parts", async () => {
    const port = Number(new URL(db.url).port);
    const [a, b] = [await rawClient(port), await rawClient(port)];
    a.socket.write(parse("SELECT 'from_A' AS who"));
    await sleep(50);
    b.socket.write(Buffer.concat([parse("SELECT 'from_B' AS who"), bindExecuteSync]));
    await sleep(50);
    a.socket.write(bindExecuteSync);
    await vi.waitFor(() => expect(a.received()).toContain("Z\0\0\0\x05I"));
    await vi.waitFor(() => expect(b.received()).toContain("Z\0\0\0\x05I"));
    expect(a.received()).toContain("from_A");
    expect(b.received()).toContain("from_B");
    a.socket.destroy();
    b.socket.destroy();
  });

  it("gives every caller of a 10-connection pg.Pool its own rows under concurrent large queries", async () => {
    const results = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        // Large parameters arrive in several TCP reads, which is when sessions used to mix.
        const text = String(i).padStart(8, "0").repeat(i % 3 === 0 ? 40_000 : 1);
        const { rows } = await pool.query(`SELECT ${i}::int AS k, $1::int AS n, length($2::text) AS l`, [i, text]);
        return rows[0].k === i && rows[0].n === i && rows[0].l === text.length;
      }),
    );
    expect(results.filter((right) => !right)).toHaveLength(0);
  }, 60_000);

  it("keeps serving others after a client disconnects in the middle of a failed sequence", async () => {
    const port = Number(new URL(db.url).port);
    const leaver = await rawClient(port);
    leaver.socket.write(parse("SELEC 1")); // an error: PostgreSQL then skips messages until Sync
    await sleep(50);
    leaver.socket.destroy();
    await expect(pool.query("SELECT 2 AS two")).resolves.toMatchObject({ rows: [{ two: 2 }] });
  });

  it("answers an internal PGlite failure with an error instead of stalling every client", async () => {
    vi.spyOn(PGlite.prototype, "execProtocolRawStream").mockRejectedValueOnce(new Error("boom"));
    await expect(pool.query("SELECT 1")).rejects.toThrow(/boom/);
    await expect(pool.query("SELECT 3 AS three")).resolves.toMatchObject({ rows: [{ three: 3 }] });
  });

  it("fails fast when the port is taken", async () => {
    await expect(startEmbeddedDb({ port: Number(new URL(db.url).port) })).rejects.toThrow(/in use/);
  });
});

describe("startEmbeddedDb (data dir)", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "embedded-db-"));
  const dataDir = path.join(root, "pglite");
  const stateFile = embeddedDbStateFile(dataDir);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("records { url, pid } beside the data dir while running, refuses a second server, and cleans up", async () => {
    const db = await startEmbeddedDb({ dataDir, port: 0 });
    try {
      expect(stateFile).toBe(path.join(root, "embedded-db.json"));
      expect(JSON.parse(readFileSync(stateFile, "utf8"))).toEqual({ url: db.url, pid: process.pid });
      await expect(startEmbeddedDb({ dataDir, port: 0 })).rejects.toThrow(/already served/);
    } finally {
      await db.stop();
    }
    expect(existsSync(stateFile)).toBe(false);
  }, 60_000);

  it("ignores a record left by a process that died, and keeps the data", async () => {
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(stateFile, JSON.stringify({ url: "postgresql://gone", pid: deadPid }));
    const first = await startEmbeddedDb({ dataDir, port: 0 });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    await client.end();
    await first.stop();

    const second = await startEmbeddedDb({ dataDir, port: 0 });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    await expect(again.query("SELECT n FROM kept")).resolves.toMatchObject({ rows: [{ n: 42 }] });
    await again.end();
    await second.stop();
  }, 60_000);
});
