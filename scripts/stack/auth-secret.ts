import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AppMode } from "@/lib/config/mode";

/** Local mode only: a random AUTH_SECRET kept in the data dir, so sessions survive restarts. */
export async function ensureAuthSecret(dataDir: string, mode: AppMode): Promise<string> {
  if (mode === "deployed") throw new Error("AUTH_SECRET: required in deployed mode (at least 32 characters).");
  const file = path.join(dataDir, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
