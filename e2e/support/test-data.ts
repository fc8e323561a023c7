import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { readRunningEmbeddedDb } from "../../scripts/db/embedded-db-state";
import { E2E_DATA_DIR } from "./stack";

// The files `npm start` loads (Next.js's order for production; the first to set a variable wins).
const START_ENV_FILES = [".env.production.local", ".env.local", ".env.production", ".env"];

/**
 * The e2e stack's database: DATABASE_URL as the stack sees it (the environment, deployed mode
 * included, else the .env files), or the embedded server it started on its own data directory.
 */
function e2eDatabaseUrl(): string {
  const fromFiles = START_ENV_FILES.filter((file) => existsSync(file)).map((file) => parseEnv(readFileSync(file, "utf8")).DATABASE_URL);
  const url = process.env.DATABASE_URL || fromFiles.find(Boolean) || readRunningEmbeddedDb(`${E2E_DATA_DIR}/pglite`)?.url;
  if (!url) throw new Error(`no database for the e2e stack: DATABASE_URL is unset and nothing serves ${E2E_DATA_DIR}`);
  return url;
}

/**
 * Cleanup after a spec, whatever state a failed test left: deletes the patients with these logins
 * straight in the database (what the specs test is the admin's delete, not their own cleanup).
 */
export async function removePatients(logins: readonly string[]): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  try {
    await prisma.patient.deleteMany({ where: { username: { in: [...logins] } } });
  } finally {
    await prisma.$disconnect();
  }
}
