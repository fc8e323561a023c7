import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "./embedded-db";
import { readTemplate } from "./pglite-template";

describe("new embedded databases start from a kept template", () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), "pglite-template-"));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  async function query(url: string, sql: string) {
    const client = new pg.Client(url);
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it("keeps one after a first start, and a database made from it holds nothing another one wrote", async () => {
    const first = await startEmbeddedDb({ dataDir: path.join(parent, "first"), port: 0 });
    try {
      await query(first.url, "CREATE TABLE written_by_first (id int); INSERT INTO written_by_first VALUES (1)");
    } finally {
      await first.stop();
    }
    expect(readTemplate()).toBeDefined();

    for (const dataDir of [path.join(parent, "second"), undefined]) {
      const db = await startEmbeddedDb({ dataDir, port: 0 });
      try {
        const tables = await query(db.url, "SELECT to_regclass('written_by_first') AS found");
        expect(tables).toEqual([{ found: null }]);
        expect(await query(db.url, "SELECT current_database() AS name")).toEqual([{ name: "postgres" }]);
      } finally {
        await db.stop();
      }
    }
    expect(existsSync(path.join(parent, "second", "PG_VERSION"))).toBe(true);
  }, 60_000);
});
