#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary.
 *
 * WHY: Prisma 7's CLI downloads a native schema-engine before `generate`, `migrate *`, `db *`,
 * `validate` and `version`. That download fails offline and on air-gapped networks. The CLI runs
 * whatever PRISMA_SCHEMA_ENGINE_BINARY names instead (prisma.config.ts sets it to this file), so
 * this script speaks the binary's interface and runs Prisma's own WebAssembly schema engine
 * (@prisma/schema-engine-wasm) over @prisma/adapter-pg (prisma/schema-engine/).
 *
 * DELETE IT, with prisma/schema-engine/ and the env line in prisma.config.ts, once the CLI can
 * run without the download: either it uses the wasm engine itself, or every machine we run on can
 * fetch or ship the native engine. Keep @prisma/schema-engine-wasm on the engine hash the `prisma` package pins.
 *
 * Interface (as the CLI calls it):
 *   --version                                      prints "schema-engine-cli <hash>"
 *   --datasource '{"url":…}' cli <command>         can-connect-to-database | create-database;
 *                                                  the CLI reads the exit code and stderr lines 2+
 *   [--datamodels <file>]… --datasource '{"url":…,"shadowDatabaseUrl":…}'
 *                                                  JSON-RPC 2.0, one message per line, stdin/stdout
 */
import { parseArgs } from "node:util";
import { runCliCommand } from "./schema-engine/cli-command.mjs";
import { serve } from "./schema-engine/rpc-server.mjs";
import { engineHash } from "./schema-engine/wasm.mjs";

const { values: args, positionals } = parseArgs({
  strict: false,
  allowPositionals: true,
  options: { version: { type: "boolean" }, datamodels: { type: "string", multiple: true }, datasource: { type: "string" } },
});
const datasource = JSON.parse(args.datasource ?? "{}");

if (args.version) {
  console.log(`schema-engine-cli ${engineHash()}`);
} else if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1], datasource);
} else {
  await serve({ datamodelFiles: args.datamodels ?? [], datasource });
}
