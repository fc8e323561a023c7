import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { findDatabaseUrl } from "@/scripts/db/find-database-url";
import { E2E_DATA_DIR } from "./stack";

/**
 * The e2e stack's database: DATABASE_URL as the stack sees it (the environment with the .env files
 * playwright.config.ts loads; deployed mode included), else the embedded server it started.
 */
function e2eDatabaseUrl(): string {
  const url = findDatabaseUrl({ ...process.env, DATA_DIR: E2E_DATA_DIR });
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
