import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "./env";

function createPrismaClient() {
  const { DATABASE_URL } = getEnv();
  if (!DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Run the app with `npm run dev` or `npm start` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  // One small pool per server instance: serverless functions each get their own instance.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The one Prisma client of this process, created on first use (not at import, so `next build`
 * needs no database) and kept on globalThis so dev hot reloads do not leak pools.
 */
export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}
