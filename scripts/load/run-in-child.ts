import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Runs a load generator script under tsx in a process of its own and parses the one JSON line it
 * prints. The benchmark's and the soak's own process hosts the embedded database, whose queries
 * would otherwise wait behind the generator's event loop and count as hook time.
 */
export function runScriptInChild<T>(script: string, args: string[]): Promise<T> {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const child = spawn(process.execPath, [tsx, script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as T) : reject(new Error(`${script} exited with ${code}`))));
  });
}
