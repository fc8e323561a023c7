import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getPool } from "./db-pool";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of this process, over the shared pool (lib/data/db-pool.ts). */
export function getDb(): PrismaClient {
  globalForDb.prisma ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return globalForDb.prisma;
}
