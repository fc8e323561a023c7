import { fileURLToPath } from "node:url";

/**
 * The environment every Prisma CLI process needs on an offline machine: our stand-in for the
 * native schema engine (see prisma/schema-engine.mjs for why). An explicit setting wins.
 */
export function schemaEngineEnv(env: NodeJS.ProcessEnv = process.env): { PRISMA_SCHEMA_ENGINE_BINARY: string } {
  return {
    PRISMA_SCHEMA_ENGINE_BINARY:
      env.PRISMA_SCHEMA_ENGINE_BINARY || fileURLToPath(new URL("../../prisma/schema-engine.mjs", import.meta.url)),
  };
}
