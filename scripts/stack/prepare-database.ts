import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { Env } from "@/lib/config/env";
import { seedPatients } from "@/prisma/seed";
import { startEmbeddedDb } from "@/scripts/db/embedded-db";
import { applyMigrations } from "@/scripts/db/migrate";

type Options = { dbPort: number; dataDir: string };

/**
 * DATABASE_URL when set; otherwise (local mode only) the embedded PGlite under <dataDir>/pglite.
 * Either way: migrations applied, and the three patients of Okta's guide seeded into an empty table.
 */
export async function prepareDatabase(env: Env, options: Options): Promise<{ url: string; stop(): Promise<void> }> {
  let url: string;
  let stop = async () => {};
  if (env.DATABASE_URL) {
    url = env.DATABASE_URL;
  } else {
    if (env.mode === "deployed") throw new Error("DATABASE_URL: required in deployed mode (a postgresql:// URL).");
    const embedded = await startEmbeddedDb({ dataDir: path.join(options.dataDir, "pglite"), port: options.dbPort });
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    await applyMigrations(url);
    if (env.mode === "local") {
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
      try {
        await seedPatients(prisma);
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
