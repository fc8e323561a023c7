/**
 * Seeds the three patients of Okta's token inline hook guide into an EMPTY patients table, so a
 * fresh local stack answers the guide's examples. Never touches a table that has data.
 * Run: `npm run db:seed` (or `tsx prisma/seed.ts` with DATABASE_URL or `npm run dev` running).
 */
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { findDatabaseUrl } from "@/scripts/db/find-database-url";
import { loadProjectEnv } from "@/scripts/db/load-project-env";

export const GUIDE_PATIENTS = [
  { username: "jessie.smith@example.com", patientId: "1235", displayName: "Jessie Smith" },
  { username: "kim.sato@example.com", patientId: "6789", displayName: "Kim Sato" },
  { username: "rajiv.tal@example.com", patientId: "4235", displayName: "Rajiv Tal" },
];

/** Inserts GUIDE_PATIENTS when the table is empty; returns how many rows it inserted. */
export async function seedPatients(prisma: PrismaClient): Promise<number> {
  if ((await prisma.patient.count()) > 0) return 0;
  // skipDuplicates: two seeders racing on an empty table must not fail.
  const { count } = await prisma.patient.createMany({ data: GUIDE_PATIENTS, skipDuplicates: true });
  return count;
}

async function main() {
  loadProjectEnv();
  const connectionString = findDatabaseUrl();
  if (!connectionString) {
    throw new Error("No database: set DATABASE_URL, start `npm run dev`, or use `npm run db:seed`.");
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const inserted = await seedPatients(prisma);
    console.log(inserted ? `Seeded ${inserted} patients.` : "Patients table not empty: nothing seeded.");
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
