// The stand-in's JSON-RPC side: the CLI's requests, answered by Prisma's wasm schema engine.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import readline from "node:readline";
import pg from "pg";
import { createAdapterFactory, poolConfig } from "./connect.mjs";
import { loadWasm, wasm } from "./wasm.mjs";

const require = createRequire(import.meta.url);
// Not our direct dependency: load the copy that adapter-pg itself uses.
const { bindMigrationAwareSqlAdapterFactory } = createRequire(require.resolve("@prisma/adapter-pg"))(
  "@prisma/driver-adapter-utils",
);

// Fix: the wasm engine's Rust panics report through this registry (Prisma's CLI installs the same).
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  get() { return this.message; },
  set_message(message) { this.message = `RuntimeError: ${message}`; },
};

async function startEngine(datamodelFiles, adapterFactory) {
  await loadWasm();
  // Fix: `migrate diff` passes no --datamodels; the engine still needs a datasource provider.
  const datamodels = datamodelFiles.map((file) => [file, readFileSync(file, "utf8")]);
  if (datamodels.length === 0) datamodels.push(["placeholder.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']);
  return wasm.SchemaEngine.new({ datamodels }, () => undefined, adapterFactory);
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
async function dbExecute({ datasourceType, script }, datasource) {
  const client = new pg.Client(poolConfig(datasourceType.tag === "url" ? datasourceType.url : datasource.url).config);
  await client.connect();
  try {
    await client.query(script);
  } finally {
    await client.end();
  }
  return {};
}

async function call(engine, method, params, datasource) {
  if (method === "dbExecute") return dbExecute(params, datasource);
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
function rpcError(error, adapterFactory) {
  if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
  const isPanic = error instanceof WebAssembly.RuntimeError;
  let message = isPanic ? globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || String(error) : (error?.message ?? String(error));
  // A JS error thrown under the engine (adapter, pg) reaches it only as "External error id#N";
  // the adapter's error registry keeps the original.
  message = message.replace(/External error id#(\d+)/, (text, id) => {
    const original = adapterFactory.errorRegistry.consumeError(Number(id))?.error;
    return original?.message ?? text;
  });
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message, meta: error?.meta ?? null, error_code: error?.code ?? null },
  };
}

/**
 * Serves the CLI's JSON-RPC requests on stdin/stdout with Prisma's wasm schema engine, one at a
 * time, until the CLI closes stdin.
 */
export async function serve({ datamodelFiles, datasource }) {
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(datasource));
  const engine = await startEngine(datamodelFiles, adapterFactory);
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
        send({ id: message.id, result: await call(engine, message.method, message.params, datasource) });
      } catch (error) {
        send({ id: message.id, error: rpcError(error, adapterFactory) });
      }
    });
  });
  // Fix: exit when the CLI closes stdin; the engine's timers would keep the process up a minute.
  lines.on("close", () => void queue.finally(() => process.exit(0)));
}
