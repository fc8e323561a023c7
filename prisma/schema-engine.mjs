#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary.
 *
 * WHY: Prisma 7's CLI downloads a native schema-engine before `generate`, `migrate *`, `db *`,
 * `validate` and `version`. That download fails offline and on air-gapped networks. The CLI runs
 * whatever PRISMA_SCHEMA_ENGINE_BINARY names instead (prisma.config.ts sets it to this file), so
 * this script speaks the binary's interface and runs Prisma's own WebAssembly schema engine
 * (@prisma/schema-engine-wasm) over @prisma/adapter-pg. Details: shared/design/stack.md.
 *
 * DELETE IT (and the env line in prisma.config.ts) once the CLI can run without the download:
 * either it uses the wasm engine itself, or every machine we run on can fetch or ship the
 * native engine. Keep @prisma/schema-engine-wasm on the engine hash the `prisma` package pins.
 *
 * Interface (as the CLI calls it):
 *   --version                                      prints "schema-engine-cli <hash>"
 *   --datasource '{"url":…}' cli <command>         can-connect-to-database | create-database;
 *                                                  the CLI reads the exit code and stderr lines 2+
 *   [--datamodels <file>]… --datasource '{"url":…,"shadowDatabaseUrl":…}'
 *                                                  JSON-RPC 2.0, one message per line, stdin/stdout
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import * as wasm from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const require = createRequire(import.meta.url);
const wasmDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
// Not our direct dependencies: load the copies that pg and adapter-pg themselves use.
const { parse: parseUrl } = createRequire(require.resolve("pg"))("pg-connection-string");
const { bindMigrationAwareSqlAdapterFactory } = createRequire(require.resolve("@prisma/adapter-pg"))(
  "@prisma/driver-adapter-utils",
);

const { values: args, positionals } = parseArgs({
  strict: false,
  allowPositionals: true,
  options: { version: { type: "boolean" }, datamodels: { type: "string", multiple: true }, datasource: { type: "string" } },
});
const datasource = JSON.parse(args.datasource ?? "{}");

// Fix: the wasm engine's Rust panics report through this registry (Prisma's CLI installs the same).
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  get() { return this.message; },
  set_message(message) { this.message = `RuntimeError: ${message}`; },
};

// ---- connecting -------------------------------------------------------------------------------

// Fix: hand pg discrete fields, never a connectionString: pg lets a connectionString override a
// `database` given beside it, which would point a shadow pool at the main database.
function poolConfig(url, database) {
  const { schema, ...fields } = parseUrl(url);
  // A small pool: the engine runs one request at a time.
  return { config: { ...fields, ...(database && { database }), max: 4 }, schema };
}

// Fix: read pg_catalog's `char` (OID 18) and `name` (OID 19) columns as text; the adapter rejects
// `char`, which the engine's introspection queries return (open upstream: prisma/orm#27403).
class CatalogTextClient extends pg.Client {
  query(...params) {
    const relabel = (result) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
      return result;
    };
    const last = params.length - 1;
    if (typeof params[last] === "function") {
      const callback = params[last];
      params[last] = (error, result) => callback(error, relabel(result));
    }
    const returned = super.query(...params);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  }
}

async function connect(url, database) {
  const { config, schema } = poolConfig(url, database);
  const adapter = await new PrismaPg({ ...config, Client: CatalogTextClient }, { schema }).connect();
  // Fix: send a migration script as one simple query; the adapter splits it on ";", which breaks
  // string literals and function bodies. No parameters, so pg uses the multi-statement protocol.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] }); // the engine expects no result
  };
  return adapter;
}

async function firstValue(url, sql) {
  const adapter = await connect(url);
  try {
    const { rows } = await adapter.queryRaw({ sql, args: [], argTypes: [] });
    return String(rows[0]?.[0]);
  } finally {
    await adapter.dispose();
  }
}

const isPGlite = async (url) => /wasm32|emscripten/i.test(await firstValue(url, "SELECT version()"));
// Same server (start time) and same database, whatever host name or alias each URL uses.
const identify = (url) => firstValue(url, "SELECT pg_postmaster_start_time()::text || ' ' || current_database()");

// Empties a user-supplied shadow database, as the native engine does before using one.
const WIPE_SCHEMAS = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`;

const adapterFactory = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  connect: () => connect(datasource.url),
  async connectToShadowDb() {
    const shadowUrl = datasource.shadowDatabaseUrl;
    if (shadowUrl) {
      // The shadow database gets wiped: never let that be the main database.
      if ((await identify(shadowUrl)) === (await identify(datasource.url))) {
        throw new Error("The shadow database (SHADOW_DATABASE_URL) is the main database. Please specify another shadow database.");
      }
      const shadow = await connect(shadowUrl);
      await shadow.executeScript(WIPE_SCHEMAS);
      return shadow;
    }
    if (await isPGlite(datasource.url)) {
      // PGlite accepts CREATE DATABASE but serves only its one database: the "shadow" would be
      // the main database itself.
      throw new Error(
        "PGlite serves a single database, so Prisma needs a separate shadow database: set SHADOW_DATABASE_URL " +
          "(the npm db:* scripts start an in-memory one for you).",
      );
    }
    const main = await connect(datasource.url);
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await connect(datasource.url, name);
    const dispose = shadow.dispose.bind(shadow);
    // Fix: close the shadow pool before dropping its database (PostgreSQL refuses to drop a
    // database with open connections), then release the main pool too.
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await main.dispose();
    };
    return shadow;
  },
};

const boundAdapterFactory = bindMigrationAwareSqlAdapterFactory(adapterFactory);

// ---- short-lived `cli` commands -----------------------------------------------------------------

function errorCode(error) {
  if (error.code === "28P01" || error.code === "28000") return "P1000";
  if (error.code === "3D000") return "P1003";
  return "P1001";
}

async function runCliCommand(command) {
  const { config } = poolConfig(datasource.url);
  const where = `${config.host ?? "localhost"}:${config.port ?? 5432}`;
  const target = command === "create-database" ? { ...config, database: "postgres" } : config;
  const client = new pg.Client(target);
  try {
    await client.connect();
    if (command === "create-database") await client.query(`CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
    else if (command !== "can-connect-to-database") throw new Error(`unsupported cli command: ${command}`);
    return 0;
  } catch (error) {
    const code = errorCode(error);
    const message =
      code === "P1003"
        ? `Database \`${config.database}\` does not exist on the database server at \`${where}\`.`
        : code === "P1001"
          ? `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`
          : error.message;
    // The CLI skips stderr's first line and parses every later line as a JSON log record.
    process.stderr.write(`schema-engine stand-in: ${command} failed\n`);
    process.stderr.write(
      JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, error_code: code } }) + "\n",
    );
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---- JSON-RPC server ----------------------------------------------------------------------------

async function loadWasm() {
  const bytes = readFileSync(path.join(wasmDir, "schema_engine_bg.wasm"));
  // Node 20 cannot import a .wasm module, so instantiate it the way wasm-bindgen's loader would.
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": wasm });
  wasm.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

async function startEngine() {
  await loadWasm();
  // Fix: `migrate diff` passes no --datamodels; the engine still needs a datasource provider.
  const datamodels = (args.datamodels ?? []).map((file) => [file, readFileSync(file, "utf8")]);
  if (datamodels.length === 0) datamodels.push(["placeholder.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']);
  return wasm.SchemaEngine.new({ datamodels }, () => undefined, boundAdapterFactory);
}

let nextPrintId = 1;
const pendingPrints = new Map();
const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");

// The native engine prints `diff` output by asking the CLI to print it; the wasm engine returns it.
function print(content) {
  const id = `print-${nextPrintId++}`;
  return new Promise((resolve) => {
    pendingPrints.set(id, resolve);
    send({ id, method: "print", params: { content } });
  });
}

// dbExecute runs one script against a URL: plain pg does that without the engine.
async function dbExecute({ datasourceType, script }) {
  const client = new pg.Client(poolConfig(datasourceType.tag === "url" ? datasourceType.url : datasource.url).config);
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
  return {};
}

async function call(engine, method, params) {
  if (method === "dbExecute") return dbExecute(params);
  if (method === "evaluateDataLoss" || method === "createMigration") {
    // Fix: these two read the migrations' schema from a cache that only devDiagnostic fills
    // (they get no shadow database themselves), and it filled it for the migrations applied
    // at that time. After `migrate dev` applied pending ones, they failed with "PostgreSQL
    // shadow DB must be provided through an external factory". devDiagnostic only reads.
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
  }
  if (method === "getDatabaseVersion") return engine.version(params);
  if (method === "diff") {
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout) await print(stdout);
    return { exitCode };
  }
  if (typeof engine[method] !== "function" || method === "free") throw Object.assign(new Error(`unknown method ${method}`), { rpcCode: -32601 });
  return (await engine[method](params)) ?? {};
}

// Shapes an error the way the CLI reads the native engine's: data.error_code / message / is_panic.
function rpcError(error) {
  if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
  const isPanic = error instanceof WebAssembly.RuntimeError;
  let message = isPanic ? globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || String(error) : (error?.message ?? String(error));
  // A JS error thrown under the engine (adapter, pg) reaches it only as "External error id#N";
  // the adapter's error registry keeps the original.
  message = message.replace(/External error id#(\d+)/, (text, id) => {
    const original = boundAdapterFactory.errorRegistry.consumeError(Number(id))?.error;
    return original?.message ?? text;
  });
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message, meta: error?.meta ?? null, error_code: error?.code ?? null },
  };
}

async function serve() {
  const engine = await startEngine();
  // Fix: run requests one at a time; overlapping calls crash the wasm engine ("recursive use of
  // an object detected").
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(async () => {
      try {
        send({ id: message.id, result: await call(engine, message.method, message.params) });
      } catch (error) {
        send({ id: message.id, error: rpcError(error) });
      }
    });
  });
  // Fix: exit when the CLI closes stdin; the engine's timers would keep the process up a minute.
  lines.on("close", () => void queue.finally(() => process.exit(0)));
}

if (args.version) {
  // The package version ends in the engine's commit hash, which is what the native binary prints.
  const { version } = JSON.parse(readFileSync(path.join(wasmDir, "package.json"), "utf8"));
  console.log(`schema-engine-cli ${version.split(".").pop()}`);
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1]);
} else {
  await serve();
}
