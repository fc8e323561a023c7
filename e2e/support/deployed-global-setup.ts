import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { seedPatients } from "@/prisma/seed";
import { deployedEnv } from "./deployed-stack";

/**
 * Deployed mode never seeds (production data is the operator's), but the specs sign in as the
 * three patients of Okta's guide: insert them, as an operator would, once the app has migrated.
 * Runs after the web servers are up (Playwright starts them first).
 */
export default async function seedGuidePatients(): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: deployedEnv().DATABASE_URL }) });
  try {
    await seedPatients(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
