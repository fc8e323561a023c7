/**
 * Prisma CLI configuration (Prisma 7 reads the datasource URL from here, not from the schema).
 * Every `prisma …` command works unmodified on an offline machine and finds our database:
 * DATABASE_URL when set, else the embedded PGlite that `npm run dev` is serving.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { devDataDir, embeddedDbStateFile } from "./scripts/db/embedded-db-state";
import { findDatabaseUrl } from "./scripts/db/find-database-url";
import { loadProjectEnv } from "./scripts/db/load-project-env";
import { schemaEngineEnv } from "./scripts/db/schema-engine-env";

loadProjectEnv();
// The CLI would otherwise download a native schema engine, which fails offline.
Object.assign(process.env, schemaEngineEnv());

const url = findDatabaseUrl();
const argv = process.argv.slice(2);
const needsDatabase =
  ["migrate", "db", "studio"].some((command) => argv.includes(command)) &&
  !["--help", "-h", "--url"].some((flag) => argv.includes(flag));
if (!url && needsDatabase) {
  console.error(
    `No database: DATABASE_URL is not set and no embedded database is running (none recorded in ` +
      `${path.relative(process.cwd(), embeddedDbStateFile(devDataDir()))}).\nStart one with \`npm run dev\`, ` +
      "use the npm db:* scripts (they start one for the command), or set DATABASE_URL.",
  );
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: {
    ...(url && { url }),
    ...(process.env.SHADOW_DATABASE_URL && { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL }),
  },
});
