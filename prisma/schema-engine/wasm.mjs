// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), loaded as its own loader would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as wasm from "@prisma/schema-engine-wasm/schema_engine_bg";

export { wasm };

const require = createRequire(import.meta.url);
const wasmDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));

export async function loadWasm() {
  const bytes = readFileSync(path.join(wasmDir, "schema_engine_bg.wasm"));
  // Node 20 cannot import a .wasm module, so instantiate it the way wasm-bindgen's loader would.
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": wasm });
  wasm.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
}

/** The engine's commit hash: the package version ends in it, and the native binary prints it. */
export function engineHash() {
  const { version } = JSON.parse(readFileSync(path.join(wasmDir, "package.json"), "utf8"));
  return version.split(".").pop();
}
